import { describe, expect, it } from 'vitest';
import { type Draft, decodeProtocolFile, draftGaps, draftInput, isComplete } from '../../client/protocols/import-draft';

// As graphcache delivers it: with the type names the query did not ask for.
const draft = {
  __typename: 'ProtocolDraft',
  title: 'Protokoll der Veranstaltung vom 19.10.2012',
  date: '2012-10-19',
  footnote: 'Die folgenden Textbeiträge sind inhaltlich gekürzt',
  authorName: 'Reinhard Hoffmann',
  authorId: 'p-hoffmann',
  hostCommitteeId: null,
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
      footnote: draft.footnote,
      authorName: 'Reinhard Hoffmann',
      authorId: 'p-hoffmann',
      hostCommitteeId: null,
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
