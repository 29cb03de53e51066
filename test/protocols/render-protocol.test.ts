import { describe, expect, it } from 'vitest';
import { formatDue, formatWhen, Language, messages } from '../../server/protocols/messages';
import type { ProtocolDocument } from '../../server/protocols/protocol-document';
import { layoutProtocol } from '../../server/protocols/protocol-layout';
import { renderHtml } from '../../server/protocols/render-html';
import { escapeMarkdown, renderMarkdown } from '../../server/protocols/render-markdown';

const doc: ProtocolDocument = {
  meetingId: '00000000-0000-4000-8000-000000000000',
  title: 'AG <Region 5> & *Gäste*',
  startsAt: '2026-03-12T08:30:00.000Z',
  endsAt: '2026-03-12T11:00:00.000Z',
  allDay: false,
  place: 'Rathaus Zehlendorf, Raum 1',
  description: null,
  host: null,
  invitees: [{ name: 'Jugendamt Mitte', note: null, guest: true }],
  contributions: [],
  sections: [{ title: 'Diskussion', body: '1. Runde: <b>laut</b>\n# keine Überschrift\n\nZweiter Absatz' }],
  workingTables: [
    {
      title: 'Chancen',
      points: [
        { text: 'Erster Punkt', rank: 2, members: [] },
        { text: 'Zusammengefasst', rank: 1, members: [{ text: 'Teil | A', rank: null, members: [] }] },
        { text: 'Ohne Rang', rank: null, members: [] },
      ],
    },
  ],
  nextSteps: [{ owner: 'AG', items: ['Modell_1', 'Zeile'], dueLabel: 'Ostern 2013', dueDate: '2013-03-31' }],
  author: null,
  footnote: 'Gekürzt',
};

describe('the protocol renderers', () => {
  const markdown = renderMarkdown(layoutProtocol(doc, Language.DE));
  const html = renderHtml(layoutProtocol(doc, Language.DE));

  it('escape user text in Markdown so it stays text', () => {
    expect(markdown).toContain('# Protokoll: AG \\<Region 5\\> \\& \\*Gäste\\*[^1]');
    expect(markdown).toContain('1\\. Runde: \\<b\\>laut\\</b\\>  \n\\# keine Überschrift\n\nZweiter Absatz');
    expect(markdown).toContain('| AG | Modell\\_1<br>Zeile | Ostern 2013 (31.03.2013) |');
    expect(escapeMarkdown('- kein Punkt\n+ auch nicht\n12) nein')).toBe('\\- kein Punkt\n\\+ auch nicht\n12\\) nein');
  });

  it('escape user text in HTML', () => {
    expect(html).toContain('<h1>Protokoll: AG &lt;Region 5&gt; &amp; *Gäste*');
    expect(html).toContain('1. Runde: &lt;b&gt;laut&lt;/b&gt;<br># keine Überschrift');
    expect(html).not.toContain('<b>laut');
  });

  it('list the top five in rank order, then every point with its rank and its grouped points', () => {
    expect(markdown).toContain(
      [
        'Die fünf wichtigsten Punkte:',
        '',
        '1. Zusammengefasst',
        '2. Erster Punkt',
        '',
        'Alle Punkte:',
        '',
        '- Erster Punkt *(Platz 2)*',
        '- Zusammengefasst *(Platz 1)*',
        '  - Teil \\| A',
        '- Ohne Rang',
      ].join('\n'),
    );
    expect(html).toContain('<ol><li value="1">Zusammengefasst</li><li value="2">Erster Punkt</li></ol>');
  });

  it('mark guests, show time and place, and end with the footnote', () => {
    expect(markdown).toContain('- Jugendamt Mitte *(Gast)*');
    expect(markdown).toContain('**Datum:** 12.03.2026, 09:30–12:00 Uhr  \n**Ort:** Rathaus Zehlendorf, Raum 1');
    expect(markdown.trimEnd().endsWith('[^1]: Gekürzt')).toBe(true);
  });

  it('speak English on request, leaving user data as written', () => {
    const english = renderMarkdown(layoutProtocol(doc, Language.EN));
    expect(english).toContain('# Minutes: AG \\<Region 5\\>');
    expect(english).toContain('**Date:** 12 March 2026, 09:30–12:00');
    expect(english).toContain('| Who | What | By when |');
    expect(english).toContain('Ostern 2013 (31 March 2013)');
    expect(english).toContain('- Jugendamt Mitte *(guest)*');
    expect(renderHtml(layoutProtocol(doc, Language.EN))).toContain('<html lang="en">');
  });
});

describe('dates in the protocol', () => {
  const de = messages(Language.DE);

  it('show the label as written with the resolved day beside it', () => {
    expect(formatDue({ dueLabel: 'November 2012', dueDate: '2012-11-30' }, de)).toBe('November 2012 (30.11.2012)');
    expect(formatDue({ dueLabel: 'irgendwann', dueDate: null }, de)).toBe('irgendwann');
    expect(formatDue({ dueLabel: null, dueDate: '2013-01-15' }, de)).toBe('15.01.2013');
  });

  it('show an all-day meeting by its Berlin day, also across days', () => {
    const day = { startsAt: '2012-10-18T22:00:00.000Z', endsAt: null, allDay: true };
    expect(formatWhen(day, de)).toBe('19.10.2012');
    expect(formatWhen({ ...day, endsAt: '2012-10-20T21:59:00.000Z' }, de)).toBe('19.10.2012 – 20.10.2012');
  });
});
