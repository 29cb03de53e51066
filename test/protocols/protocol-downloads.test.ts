import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSeedData, type SeedData } from '../../server/seed/seed-data';
import { joinAsGuest, type SessionClient, signInAs, signInDemo } from '../support/auth';
import { openJoin } from '../support/factories';
import { pdfPageTexts, renderFirstPdfPage } from '../support/pdf';
import { startTestServer, type TestServer } from '../support/server';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The text of each paragraph of a Word document's body. */
function docxParagraphs(xml: string): string[] {
  const decode = (s: string) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');
  return [...xml.matchAll(/<w:p[ >].*?<\/w:p>/gs)].map(([paragraph]) =>
    [...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map(([, text]) => decode(text ?? '')).join(''),
  );
}

describe('protocol downloads', () => {
  let server: TestServer;
  let seed: SeedData;
  let meetingId: string;
  let participant: SessionClient;

  /** Downloads as a participant (the session in its cookie), or as whoever `client` is; `null` for nobody. */
  const download = (path: string, client: SessionClient | null = participant) =>
    fetch(`${server.url}${path}`, { headers: client?.headers ?? {} });
  const errorCodeOf = async (response: Response) => (await response.json()).errors[0].extensions.code;

  beforeAll(async () => {
    server = await startTestServer({ demo: true });
    seed = await readSeedData();
    participant = await signInDemo(server, 'wolfgang.hinte@planwerk.example');
    meetingId = (await participant.gql(`{ meetings { id } }`)).data!.meetings[0].id;
  });
  afterAll(() => server.close());

  describe('refusals', () => {
    it('answers anonymous visitors 401, even for a meeting that does not exist', async () => {
      for (const id of [meetingId, '00000000-0000-4000-8000-000000000000']) {
        const response = await download(`/meetings/${id}/protocol.pdf`, null);
        expect(response.status).toBe(401);
        expect(await errorCodeOf(response)).toBe('UNAUTHENTICATED');
      }
    });

    it('answers people who do not take part in the meeting 403, with a session cookie or a bearer token', async () => {
      const outsider = await signInAs(server, 'user', { name: 'Unbeteiligt' });
      const bearer = { ...outsider, headers: { authorization: `Bearer ${outsider.token}` } };
      for (const client of [outsider, bearer]) {
        const response = await download(`/meetings/${meetingId}/protocol.md`, client);
        expect(response.status).toBe(403);
        expect(await errorCodeOf(response)).toBe('FORBIDDEN');
      }
    });

    it.each([
      ['an unknown meeting', 404, 'NOT_FOUND', '/meetings/00000000-0000-4000-8000-000000000000/protocol.md'],
      ['a malformed meeting id', 400, 'BAD_USER_INPUT', '/meetings/nope/protocol.pdf'],
      ['an unknown file type', 404, 'NOT_FOUND', '/meetings/MEETING/protocol.odt'],
      ['an unknown language', 400, 'BAD_USER_INPUT', '/meetings/MEETING/protocol.md?lang=fr'],
      ['an unpublished version', 404, 'NOT_FOUND', '/meetings/MEETING/protocol.md?version=3'],
      ['a malformed version', 400, 'BAD_USER_INPUT', '/meetings/MEETING/protocol.md?version=x'],
    ])('answers %s with %i %s', async (_case, status, code, path) => {
      const response = await download(path.replace('MEETING', meetingId));
      expect(response.status).toBe(status);
      expect(await errorCodeOf(response)).toBe(code);
    });
  });

  it("serves the meeting's guests, with the session of their join code", async () => {
    const facilitator = await signInDemo(server, 'reinhard.hoffmann@planwerk.example');
    const guest = await joinAsGuest(server, await openJoin(facilitator, meetingId));
    const response = await download(`/meetings/${meetingId}/protocol.md`, guest);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('| AG | Modell für SZ entwickeln | Ostern 2013 (31.03.2013) |');
  });

  it('serves Markdown and HTML with their content types and file names', async () => {
    const md = await download(`/meetings/${meetingId}/protocol.md`);
    expect(md.status).toBe(200);
    expect(md.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(md.headers.get('content-disposition')).toBe('attachment; filename=protokoll-2012-10-19.md');
    expect(await md.text()).toContain('| AG | Modell für SZ entwickeln | Ostern 2013 (31.03.2013) |');

    const html = await download(`/meetings/${meetingId}/protocol.html?lang=en`);
    expect(html.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(html.headers.get('content-disposition')).toBe('attachment; filename=minutes-2012-10-19.html');
    expect(await html.text()).toContain('<h2>Working tables</h2>');
  });

  it('serves a valid Word document with every point, the next steps and the footnote', async () => {
    const response = await download(`/meetings/${meetingId}/protocol.docx`);
    expect(response.headers.get('content-type')).toBe(DOCX);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename=protokoll-2012-10-19.docx');
    const zip = await JSZip.loadAsync(await response.arrayBuffer());
    const paragraphs = docxParagraphs(await zip.file('word/document.xml')!.async('string'));
    expect(paragraphs[0]).toBe(`Protokoll: ${seed.meeting.title}`);
    for (const point of seed.meeting.workingTables.flatMap((t) => t.positions)) expect(paragraphs).toContain(point);
    for (const c of seed.meeting.contributions) expect(paragraphs).toContain(`${c.speakerName}, ${c.affiliation}`);
    expect(paragraphs).toEqual(
      expect.arrayContaining(['November 2012 (30.11.2012)', 'Dezember 2012 (31.12.2012)', 'Ostern 2013 (31.03.2013)']),
    );
    expect(paragraphs).toContain('Protokoll: Reinhard Hoffmann');
    const footnotes = docxParagraphs(await zip.file('word/footnotes.xml')!.async('string'));
    expect(footnotes).toContain('Die folgenden Textbeiträge sind inhaltlich gekürzt');
  });

  it('serves a valid PDF whose text pdf.js reads, and whose first page renders', async () => {
    const response = await download(`/meetings/${meetingId}/protocol.pdf`);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename=protokoll-2012-10-19.pdf');
    const pdf = Buffer.from(await response.arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');

    const text = (await pdfPageTexts(pdf)).join('\n').replace(/\s+/g, ' ');
    expect(text).toContain(`Protokoll: ${seed.meeting.title}`);
    expect(text).toContain('Konkretion – Realisierung');
    expect(text).toContain('Veranstalter: Strategisches Zentrum Steglitz-Zehlendorf (SZ²)');
    for (const due of ['November 2012 (30.11.2012)', 'Dezember 2012 (31.12.2012)', 'Ostern 2013 (31.03.2013)']) {
      expect(text).toContain(due);
    }
    expect(text).toContain('Protokoll: Reinhard Hoffmann');

    const page = await renderFirstPdfPage(pdf, 'test-artifacts/protocol-sz2-2012-10-19-page1.png');
    // A4 at 1.5 × 72 dpi, with text drawn on it.
    expect([page.width, page.height]).toEqual([892, 1262]);
    expect(page.inked).toBeGreaterThan(10_000);
  }, 60_000);
});
