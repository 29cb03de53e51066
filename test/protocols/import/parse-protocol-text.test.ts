import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parseProtocolText } from '../../../server/protocols/import/parse-protocol-text';
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
      place: null,
      hostName: null,
      footnote: null,
      authorName: null,
      attendees: [],
      contributions: [],
      workingTables: [],
      tasks: [],
    });
    const parsed = parseProtocolText('Notiz\nNächste Schritte\nAG  Modell entwickeln  Ostern 2013');
    expect(parsed.authorName).toBeNull();
    expect(parsed.tasks).toHaveLength(1);
  });
});

describe('parseProtocolText on protocols as people write them', () => {
  it('reads date, place, attendees, numbered points, aligned next steps and the signature of a plain protocol', () => {
    const parsed = parseProtocolText(
      [
        'Sitzung der AG 2 (Region Zehlendorf)',
        'Datum: 14.01.2027',
        'Ort: Villa Mittelhof, Königstraße 42',
        'Protokoll: Erika Beispiel',
        '',
        'Anwesend:',
        '- Jugendamt: Ada Muster, Bo Beispiel',
        '- Cem Zeta (Kita-Verbund Süd)',
        '',
        'Chancen',
        '1. Mehr Zeit für Familien',
        '2) Kurze Wege',
        '',
        'Arbeitstisch 4: Übergänge',
        '• Kita und Schule planen',
        '  gemeinsam',
        '',
        'Nächste Schritte',
        'Wer       Was                        Bis wann',
        'JugA      Träger einladen            Ende Januar 2027',
        'AG 2      Konzept:                   Frühjahr 2027',
        '          Ziele,',
        '          Zeitplan',
        '',
        'gez. Reinhard Hoffmann',
      ].join('\n'),
    );
    expect(parsed).toMatchObject({
      title: 'Sitzung der AG 2 (Region Zehlendorf)',
      date: '2027-01-14',
      place: 'Villa Mittelhof, Königstraße 42',
      authorName: 'Erika Beispiel',
      attendees: [
        { name: 'Ada Muster', organizationName: 'Jugendamt' },
        { name: 'Bo Beispiel', organizationName: 'Jugendamt' },
        { name: 'Cem Zeta', organizationName: 'Kita-Verbund Süd' },
      ],
      workingTables: [
        { kind: 'OPPORTUNITIES', title: 'Chancen', positions: ['Mehr Zeit für Familien', 'Kurze Wege'] },
        { kind: 'CUSTOM', title: 'Arbeitstisch 4: Übergänge', positions: ['Kita und Schule planen gemeinsam'] },
      ],
      tasks: [
        { ownerLabel: 'JugA', items: ['Träger einladen'], dueLabel: 'Ende Januar 2027' },
        { ownerLabel: 'AG 2', items: ['Konzept: Ziele, Zeitplan'], dueLabel: 'Frühjahr 2027' },
      ],
    });
  });

  it('reads "am … in …", an attendance line, "##" headings and a Markdown next-steps table', () => {
    const parsed = parseProtocolText(
      [
        'Protokoll der AG-Sitzung am 03.02.2026 in der Villa Mittelhof',
        '',
        'Anwesend: Ada Muster (Jugendamt), Bo Beispiel',
        '',
        '## Kritik',
        '',
        '* Zu wenig Zeit',
        '* Unklare Zuständigkeit',
        '',
        '## Ideen vom Tisch',
        '- kein Tisch: eine Überschrift außerhalb der Arbeitstische',
        '',
        '## Nächste Schritte',
        '',
        '| Wer | Was | Bis wann |',
        '|-----|-----|----------|',
        '| SZ² | Einladung<br>Raum | Ende Februar 2026 |',
        '',
        'Protokollantin: Erika Beispiel',
      ].join('\n'),
    );
    expect(parsed).toMatchObject({
      title: 'Protokoll der AG-Sitzung am 03.02.2026 in der Villa Mittelhof',
      date: '2026-02-03',
      place: 'Villa Mittelhof',
      authorName: 'Erika Beispiel',
      attendees: [
        { name: 'Ada Muster', organizationName: 'Jugendamt' },
        { name: 'Bo Beispiel', organizationName: null },
      ],
      workingTables: [{ kind: 'CRITICISM', title: 'Kritik', positions: ['Zu wenig Zeit', 'Unklare Zuständigkeit'] }],
      tasks: [{ ownerLabel: 'SZ²', items: ['Einladung', 'Raum'], dueLabel: 'Ende Februar 2026' }],
    });
  });

  it('reads a tab-separated table that has no heading above it, and a signature as the author', () => {
    const parsed = parseProtocolText(
      ['Treffen 05.03.2013', '', 'Wer\tWas\tBis wann', 'AG\tModell\tOstern 2013', '', 'gez. Erika Beispiel'].join('\n'),
    );
    expect(parsed).toMatchObject({
      date: '2013-03-05',
      authorName: 'Erika Beispiel',
      tasks: [{ ownerLabel: 'AG', items: ['Modell'], dueLabel: 'Ostern 2013' }],
    });
  });
});
