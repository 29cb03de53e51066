import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionClient } from '../support/auth';
import { seriousViolations } from './support/axe';
import { DEMO, type E2E, PHONE, startE2E } from './support/browser';
import { sidewaysOverflow } from './support/layout';

/** The seed protocol as text, the way people would upload it. */
const SEED_TEXT = 'server/seed/protokoll-sz2-2012-10-19.txt';

describe('protocol import page', () => {
  let e2e: E2E;
  /** Importing creates a meeting: members of a committee may, and admins, who hold every role. */
  let admin: SessionClient;
  const meetingCount = async () =>
    (await admin.gql<{ meetings: unknown[] }>('{ meetings { id } }')).data!.meetings.length;
  beforeAll(async () => {
    e2e = await startE2E({ demo: true });
    admin = await e2e.api(DEMO.admin);
  });
  afterAll(() => e2e?.close());

  it('refuses someone who may not create meetings, and creates nothing', async () => {
    const before = await meetingCount();
    // The demo participant is a member of no committee.
    const page = await e2e.newPage({ as: DEMO.participant });
    await page.goto(e2e.url('/meetings/import'));
    await page.getByRole('textbox', { name: 'Protokolltext' }).fill('Protokoll der Sitzung vom 05.03.2013');
    await page.getByRole('button', { name: 'Vorschau' }).click();
    await page.getByText('Dazu fehlt Ihnen die Berechtigung.').waitFor();
    expect(await page.getByRole('region', { name: 'Entwurf prüfen' }).count()).toBe(0);
    expect(await meetingCount()).toBe(before);
  });

  it('reads the seed protocol from a file into a draft for review, and saves it as a meeting', async () => {
    const page = await e2e.newPage({ as: DEMO.admin });
    await page.goto(e2e.url('/'));
    await page.getByRole('link', { name: 'Protokoll importieren' }).click();
    await page.getByRole('heading', { level: 1, name: 'Protokoll importieren' }).waitFor();

    await page.getByLabel('Text- oder Markdown-Datei (.txt, .md)').setInputFiles(SEED_TEXT);
    await expect
      .poll(async () => (await page.getByRole('textbox', { name: 'Protokolltext' }).inputValue()).length)
      .toBeGreaterThan(10_000);
    await page.getByRole('button', { name: 'Vorschau' }).click();

    const review = page.getByRole('region', { name: 'Entwurf prüfen' });
    await review.waitFor();
    expect(await review.getByRole('textbox', { name: 'Titel' }).inputValue()).toBe(
      'Protokoll der Veranstaltung vom 19.10.2012',
    );
    expect(await review.getByLabel('Datum der Sitzung').inputValue()).toBe('2012-10-19');
    expect(await review.getByRole('textbox', { name: /^Protokoll/ }).inputValue()).toBe('Reinhard Hoffmann');
    const tables = review.getByRole('region').filter({ has: page.getByRole('heading', { level: 4 }) });
    expect(await tables.getByRole('heading', { level: 4 }).allTextContents()).toEqual([
      'Chancen',
      'Kritik',
      'Konkretion – Realisierung',
    ]);
    expect(await tables.filter({ hasText: 'Kritik' }).getByRole('listitem').count()).toBe(23);

    const steps = review.getByRole('row');
    expect(await steps.count()).toBe(4);
    const easter = steps.filter({ hasText: 'Modell für SZ entwickeln' });
    expect(await easter.getByRole('textbox', { name: 'Bis wann für „AG“' }).inputValue()).toBe('Ostern 2013');
    expect(await easter.getByRole('cell').nth(2).textContent()).toBe('31.03.2013');
    expect(await easter.getByRole('combobox').inputValue()).not.toBe('');
    expect(await review.getByText('nicht erkannt').count()).toBe(0);
    await e2e.screenshot(page, 'protocol-import-review');
    expect(await seriousViolations(page)).toEqual([]);

    await review.getByRole('button', { name: 'Als Sitzung speichern' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Protokoll der Veranstaltung vom 19.10.2012', exact: true })
      .waitFor();
    const { data } = await admin.gql<{
      meetings: {
        title: string;
        workingTables: { positions: unknown[] }[];
        tasks: { dueLabel: string; dueDate: string }[];
      }[];
    }>('{ meetings { title workingTables { positions { id } } tasks { dueLabel dueDate } } }');
    const imported = data!.meetings.find((meeting) => meeting.title === 'Protokoll der Veranstaltung vom 19.10.2012')!;
    expect(imported.workingTables.map((table) => table.positions.length)).toEqual([20, 23, 10]);
    expect(imported.tasks).toContainEqual({ dueLabel: 'Ostern 2013', dueDate: '2013-03-31' });
  });

  it('flags owners it cannot match and saves only once each is chosen', async () => {
    const page = await e2e.newPage({ viewport: PHONE, as: DEMO.admin });
    await page.goto(e2e.url('/meetings/import'));
    const text = [
      'Protokoll der Sitzung vom 05.03.2013',
      '',
      'Nächste Schritte',
      'Wer\tWas\tBis wann',
      'Kita-Verbund\tKonzept schreiben\tMai 2013',
      'JugA\tTräger einladen\tApril 2013',
    ].join('\n');
    await page.getByRole('textbox', { name: 'Protokolltext' }).fill(text);
    await page.getByRole('button', { name: 'Vorschau' }).click();
    const review = page.getByRole('region', { name: 'Entwurf prüfen' });
    await review.waitFor();
    const save = review.getByRole('button', { name: 'Als Sitzung speichern' });
    expect(await review.getByText('nicht erkannt').count()).toBe(1);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await e2e.screenshot(page, 'protocol-import-phone');
    expect(await seriousViolations(page)).toEqual([]);
    expect(await review.getByText('bei 1 Schritt, wer zuständig ist').isVisible()).toBe(true);
    expect(await save.isDisabled()).toBe(true);

    await review
      .getByRole('combobox', { name: 'Zuständig für „Kita-Verbund“' })
      .selectOption({ label: 'AG – AG nach § 78 SGB VIII' });
    expect(await review.getByText('nicht erkannt').count()).toBe(0);
    await save.click();
    await page.getByRole('heading', { level: 1, name: 'Protokoll der Sitzung vom 05.03.2013', exact: true }).waitFor();
    const { data } = await admin.gql<{ tasks: { ownerLabel: string; owner: { shortName: string } }[] }>(
      '{ tasks(filter: { dueBefore: "2013-05-31" }) { ownerLabel owner { ... on Committee { shortName } ... on Organization { shortName } } } }',
    );
    expect(data!.tasks).toContainEqual({ ownerLabel: 'Kita-Verbund', owner: { shortName: 'AG' } });
  });

  it('reads a Markdown protocol exported by Planwerk back, talks and attendance included, and saves it', async () => {
    const facilitator = await e2e.api(DEMO.facilitator);
    const demoId = (await facilitator.gql<{ meetings: { id: string }[] }>('{ meetings { id } }')).data!.meetings[0]!.id;
    await facilitator.gql('mutation ($input: AddAttendeeInput!) { addAttendee(input: $input) { id } }', {
      input: { meetingId: demoId, name: 'Ada Muster', organizationName: 'Jugendamt' },
    });
    const markdown = (
      await facilitator.gql<{ meetingProtocol: string }>(
        'query ($id: ID!) { meetingProtocol(meetingId: $id, format: MARKDOWN) }',
        { id: demoId },
      )
    ).data!.meetingProtocol;

    // The demo facilitator belongs to no committee; facilitating a meeting lets him create, so import, one.
    const page = await e2e.newPage({ as: DEMO.facilitator });
    await page.goto(e2e.url('/'));
    await page.getByRole('link', { name: 'Protokoll importieren' }).click();
    await page.getByLabel('Text- oder Markdown-Datei (.txt, .md)').setInputFiles({
      name: 'protokoll-2012-10-19.md',
      mimeType: 'text/markdown',
      buffer: Buffer.from(markdown, 'utf8'),
    });
    await expect.poll(() => page.getByRole('textbox', { name: 'Protokolltext' }).inputValue()).toBe(markdown);
    await page.getByRole('button', { name: 'Vorschau' }).click();

    const review = page.getByRole('region', { name: 'Entwurf prüfen' });
    await review.waitFor();
    const title = 'Alternative Formen sozialräumlicher Finanzierung – Umsetzung in Steglitz-Zehlendorf';
    expect(await review.getByRole('textbox', { name: 'Titel' }).inputValue()).toBe(title);
    expect(await review.getByLabel('Datum der Sitzung').inputValue()).toBe('2012-10-19');
    expect(await review.getByRole('textbox', { name: /^Protokoll/ }).inputValue()).toBe('Reinhard Hoffmann');
    expect(await review.getByRole('textbox', { name: 'Anwesend' }).inputValue()).toBe('Ada Muster (Jugendamt)');
    expect(await review.getByRole('region', { name: 'Beiträge' }).getByRole('listitem').count()).toBe(3);
    // The host's choice is there once the bodies to choose from have loaded.
    await expect.poll(() => review.getByRole('combobox', { name: 'Veranstalter' }).inputValue()).not.toBe('');
    const steps = review.getByRole('row');
    expect(await steps.count()).toBe(4);
    expect(await review.getByText('nicht erkannt').count()).toBe(0);
    await review.getByRole('button', { name: 'Als Sitzung speichern' }).click();
    await page.waitForURL((url) => /\/meetings\/[0-9a-f-]{36}$/.test(url.pathname) && !url.pathname.endsWith(demoId));

    const importedId = page.url().split('/').at(-1)!;
    const MEETING = `query ($id: ID!) { meeting(id: $id) {
      title startsAt protocolAuthor { name } attendees { name organizationName } contributions { title }
      workingTables { title positions { text } } tasks { ownerLabel items dueLabel dueDate } } }`;
    const read = async (id: string) => (await facilitator.gql<{ meeting: any }>(MEETING, { id })).data!.meeting;
    expect(await read(importedId)).toEqual(await read(demoId));
  });

  it('reads a pasted plain protocol with a Wer | Was | Bis wann table, place, author and attendance', async () => {
    const text = [
      'Sitzung der AG nach § 78 SGB VIII',
      'am 14.01.2027 in der Villa Mittelhof',
      'Protokoll: Erika Beispiel',
      '',
      'Anwesend:',
      'Jugendamt: Ada Muster, Bo Beispiel',
      '',
      'Chancen',
      '1. Kurze Wege',
      '2. Mehr Zeit für Familien',
      '',
      'Nächste Schritte',
      'Wer | Was | Bis wann',
      '--- | --- | ---',
      'JugA | Träger einladen | Ende Januar 2027',
      'SZ² | Konzept schreiben | nach den Winterferien',
    ].join('\n');
    const page = await e2e.newPage({ as: DEMO.facilitator });
    await page.goto(e2e.url('/meetings/import'));
    await page.getByRole('textbox', { name: 'Protokolltext' }).fill(text);
    await page.getByRole('button', { name: 'Vorschau' }).click();
    const review = page.getByRole('region', { name: 'Entwurf prüfen' });
    await review.waitFor();
    expect(await review.getByLabel('Datum der Sitzung').inputValue()).toBe('2027-01-14');
    expect(await review.getByRole('textbox', { name: 'Ort' }).inputValue()).toBe('Villa Mittelhof');
    expect(await review.getByRole('textbox', { name: /^Protokoll/ }).inputValue()).toBe('Erika Beispiel');
    expect(await review.getByRole('textbox', { name: 'Anwesend' }).inputValue()).toBe(
      'Ada Muster (Jugendamt)\nBo Beispiel (Jugendamt)',
    );
    const invite = review.getByRole('row').filter({ hasText: 'Träger einladen' });
    expect(await invite.getByRole('cell').nth(2).textContent()).toBe('31.01.2027');
    const concept = review.getByRole('row').filter({ hasText: 'Konzept schreiben' });
    expect(await concept.getByText('kein Datum erkannt').isVisible()).toBe(true);
    // The reviewer gives the vague deadline a date the resolver reads, and sees the day at once.
    await concept.getByRole('textbox', { name: 'Bis wann für „SZ²“' }).fill('Ende Februar 2027');
    expect(await concept.getByRole('cell').nth(2).textContent()).toBe('28.02.2027');
    expect(await seriousViolations(page)).toEqual([]);

    await review.getByRole('button', { name: 'Als Sitzung speichern' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sitzung der AG nach § 78 SGB VIII', exact: true }).waitFor();
    const { data } = await admin.gql<{ meetings: { title: string; place: string; tasks: unknown[] }[] }>(
      '{ meetings { title place tasks { ownerLabel dueLabel dueDate } } }',
    );
    expect(data!.meetings.find((meeting) => meeting.title === 'Sitzung der AG nach § 78 SGB VIII')).toEqual({
      title: 'Sitzung der AG nach § 78 SGB VIII',
      place: 'Villa Mittelhof',
      tasks: [
        { ownerLabel: 'JugA', dueLabel: 'Ende Januar 2027', dueDate: '2027-01-31' },
        { ownerLabel: 'SZ²', dueLabel: 'Ende Februar 2027', dueDate: '2027-02-28' },
      ],
    });
  });
});
