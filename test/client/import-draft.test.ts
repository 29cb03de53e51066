import { describe, expect, it } from 'vitest';
import {
  attendeesFromText,
  attendeesText,
  type Draft,
  decodeProtocolFile,
  draftGaps,
  draftInput,
  isComplete,
  withAuthorName,
  withDueLabel,
} from '../../client/protocols/import-draft';

// As graphcache delivers it: with the type names the query did not ask for.
const draft = {
  __typename: 'ProtocolDraft',
  title: 'Protokoll der Veranstaltung vom 19.10.2012',
  date: '2012-10-19',
  place: ' Rathaus Zehlendorf ',
  footnote: 'Die folgenden Textbeiträge sind inhaltlich gekürzt',
  authorName: 'Reinhard Hoffmann',
  authorId: 'p-hoffmann',
  hostCommitteeId: 'c-sz2',
  attendees: [
    { __typename: 'ProtocolDraftAttendee', name: 'Ada Muster', organizationName: 'Jugendamt' },
    { __typename: 'ProtocolDraftAttendee', name: 'Gast aus Mitte', organizationName: null },
  ],
  contributions: [
    {
      __typename: 'ProtocolDraftContribution',
      title: 'Beispiel Graz',
      speakerName: 'Mag. Ingrid Krammer',
      affiliation: 'Amt für Jugend und Familie',
      summary: 'Sozialraumbudget in Graz',
    },
  ],
  workingTables: [
    { __typename: 'ProtocolDraftTable', kind: 'CRITICISM', title: 'Kritik', positions: ['Fehlende Transparenz'] },
  ],
  tasks: [
    {
      __typename: 'ProtocolDraftTask',
      ownerLabel: 'AG',
      ownerId: 'c-ag',
      items: ['Modell für SZ entwickeln'],
      dueLabel: 'Ostern 2013',
      dueDate: '2013-03-31',
    },
  ],
} as unknown as Draft;

describe('protocol import draft', () => {
  it('sends the reviewed draft back without the result type names an input refuses', () => {
    const input = draftInput(draft);
    expect(JSON.stringify(input)).not.toContain('__typename');
    expect(input).toEqual({
      title: draft.title,
      date: '2012-10-19',
      place: 'Rathaus Zehlendorf',
      footnote: draft.footnote,
      authorName: 'Reinhard Hoffmann',
      authorId: 'p-hoffmann',
      hostCommitteeId: 'c-sz2',
      attendees: [
        { name: 'Ada Muster', organizationName: 'Jugendamt' },
        { name: 'Gast aus Mitte', organizationName: null },
      ],
      contributions: [
        {
          title: 'Beispiel Graz',
          speakerName: 'Mag. Ingrid Krammer',
          affiliation: 'Amt für Jugend und Familie',
          summary: 'Sozialraumbudget in Graz',
        },
      ],
      workingTables: [{ kind: 'CRITICISM', title: 'Kritik', positions: ['Fehlende Transparenz'] }],
      tasks: [
        {
          ownerLabel: 'AG',
          ownerId: 'c-ag',
          items: ['Modell für SZ entwickeln'],
          dueLabel: 'Ostern 2013',
          dueDate: '2013-03-31',
        },
      ],
    });
  });

  it('shows the attendance list one person a line and reads it back as corrected', () => {
    const text = attendeesText(draft.attendees);
    expect(text).toBe('Ada Muster (Jugendamt)\nGast aus Mitte');
    expect(attendeesFromText(`${text}\n\n  Bo Beispiel ( Kita-Verbund )  `)).toEqual([
      { name: 'Ada Muster', organizationName: 'Jugendamt' },
      { name: 'Gast aus Mitte', organizationName: null },
      { name: 'Bo Beispiel', organizationName: 'Kita-Verbund' },
    ]);
    expect(attendeesFromText('')).toEqual([]);
    expect(attendeesText(null)).toBe('');
  });

  it('resolves a corrected deadline as the server will, and sends it trimmed', () => {
    const task = draft.tasks[0]!;
    expect(withDueLabel(task, 'Ende Januar 2027 ')).toMatchObject({
      dueLabel: 'Ende Januar 2027 ',
      dueDate: '2027-01-31',
    });
    expect(withDueLabel(task, 'nach den Winterferien')).toMatchObject({ dueDate: null });
    expect(withDueLabel(task, '')).toMatchObject({ dueLabel: null, dueDate: null });
    const corrected = { ...draft, tasks: [withDueLabel(task, ' Ostern 2027 ')] };
    expect(draftInput(corrected).tasks[0]).toMatchObject({ dueLabel: 'Ostern 2027', dueDate: '2027-03-28' });
  });

  it('takes a corrected author as a new person, not the one the text matched', () => {
    const corrected = withAuthorName(draft, 'Erika Beispiel ');
    expect(draftInput(corrected)).toMatchObject({ authorName: 'Erika Beispiel', authorId: null });
    expect(draftInput(withAuthorName(draft, ''))).toMatchObject({ authorName: null, authorId: null });
  });

  it('names what keeps a draft from being saved', () => {
    expect(isComplete(draftGaps(draft))).toBe(true);
    const gaps = draftGaps({
      ...draft,
      title: ' ',
      date: null,
      tasks: [draft.tasks[0]!, { ...draft.tasks[0]!, ownerId: null }],
    });
    expect(gaps).toEqual({ title: true, date: true, owners: [1] });
    expect(isComplete(gaps)).toBe(false);
  });

  it('reads uploaded text as UTF-8, or as Windows-1252 when it is not', () => {
    const utf8 = new TextEncoder().encode('Nächste Schritte – Ostern 2013');
    expect(decodeProtocolFile(utf8.buffer)).toBe('Nächste Schritte – Ostern 2013');
    // Bytes 0x80–0x9F left out: Node 20's decoder (which jsdom uses) reads them as Latin-1, browsers do not.
    const windows1252 = new Uint8Array([0x4e, 0xe4, 0x63, 0x68, 0x73, 0x74, 0x65, 0x20, 0x53, 0x5a, 0xb2, 0x20, 0xdf]);
    expect(decodeProtocolFile(windows1252.buffer)).toBe('Nächste SZ² ß');
  });
});
