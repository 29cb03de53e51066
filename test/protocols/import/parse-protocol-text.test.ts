import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { joinItems, parseProtocolText } from '../../../server/protocols/import/parse-protocol-text';
import { demoProtocolTextFile, readSeedData } from '../../../server/seed/seed-data';

describe('parseProtocolText', () => {
  it('reads the seed protocol into exactly the demo records', async () => {
    const parsed = parseProtocolText(await readFile(demoProtocolTextFile, 'utf8'));
    const { meeting } = await readSeedData();
    expect(parsed.workingTables).toEqual(meeting.workingTables);
    expect(parsed.tasks).toEqual(
      meeting.tasks.map(({ ownerLabel, items, dueLabel }) => ({ ownerLabel, items, dueLabel })),
    );
    expect(parsed).toMatchObject({
      title: 'Protokoll der Veranstaltung vom 19.10.2012',
      date: meeting.date,
      footnote: meeting.protocolFootnote,
      authorName: 'Reinhard Hoffmann',
    });
  });

  it('reads bullets with glyphs, tab-separated steps and wrapped points from pasted text', () => {
    const parsed = parseProtocolText(
      [
        'Sitzung der AG am 03.02.2026',
        '',
        'Kritik',
        '• Zu wenig Zeit',
        '- Unklare Zuständigkeit für die',
        'Finanzierung',
        '',
        'Nächste Schritte',
        'Wer\tWas\tBis wann',
        'SZ²\tEinladung verschicken\tEnde Februar 2026',
        'Frau Beispiel\tRaum suchen,',
        'Essen bestellen',
        'März 2026',
        '',
        'Erika Beispiel',
      ].join('\n'),
    );
    expect(parsed.workingTables).toEqual([
      {
        kind: 'CRITICISM',
        title: 'Kritik',
        positions: ['Zu wenig Zeit', 'Unklare Zuständigkeit für die Finanzierung'],
      },
    ]);
    expect(parsed.tasks).toEqual([
      { ownerLabel: 'SZ²', items: ['Einladung verschicken'], dueLabel: 'Ende Februar 2026' },
      { ownerLabel: 'Frau Beispiel', items: ['Raum suchen', 'Essen bestellen'], dueLabel: 'März 2026' },
    ]);
    expect(parsed).toMatchObject({ date: '2026-02-03', footnote: null, authorName: 'Erika Beispiel' });
  });

  it('finds nothing in text without the structure, and never an author inside a table', () => {
    expect(parseProtocolText('')).toEqual({
      title: null,
      date: null,
      footnote: null,
      authorName: null,
      workingTables: [],
      tasks: [],
    });
    const parsed = parseProtocolText('Notiz\nNächste Schritte\nAG  Modell entwickeln  Ostern 2013');
    expect(parsed.authorName).toBeNull();
    expect(parsed.tasks).toHaveLength(1);
  });
});

describe('joinItems', () => {
  it('joins lines after a colon while they end in a comma, and drops separating commas', () => {
    expect(
      joinItems(['Vorüberlegungen:', 'Leistungsbereiche,', 'Region bestimmen', 'Träger,', 'Evtl. starten']),
    ).toEqual(['Vorüberlegungen: Leistungsbereiche, Region bestimmen', 'Träger', 'Evtl. starten']);
    expect(joinItems(['Offen:'])).toEqual(['Offen']);
  });
});
