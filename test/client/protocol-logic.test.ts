import { describe, expect, it } from 'vitest';
import { type DiffLine, diffCounts, diffParts } from '../../client/protocols/diff-hunks';
import { protocolFileUrl } from '../../client/protocols/protocol-language';
import { moveSection } from '../../client/protocols/section-order';

const same = (n: number): DiffLine => ({ kind: 'SAME', text: `line ${n}`, oldNumber: n, newNumber: n });

describe('protocol diff view', () => {
  it('shows changes with two lines of context and folds the unchanged stretches between', () => {
    const lines: DiffLine[] = [
      ...[1, 2, 3, 4, 5].map(same),
      { kind: 'REMOVED', text: 'alt', oldNumber: 6, newNumber: null },
      { kind: 'ADDED', text: 'neu', oldNumber: null, newNumber: 6 },
      ...[7, 8, 9, 10, 11, 12].map(same),
      { kind: 'ADDED', text: 'Schluss', oldNumber: null, newNumber: 13 },
    ];
    expect(
      diffParts(lines).map((part) => (part.kind === 'skipped' ? part.count : part.lines.map((l) => l.text))),
    ).toEqual([3, ['line 4', 'line 5', 'alt', 'neu', 'line 7', 'line 8'], 2, ['line 11', 'line 12', 'Schluss']]);
    expect(diffCounts(lines)).toEqual({ added: 2, removed: 1 });
  });

  it('folds a diff without changes into one skipped part', () => {
    expect(diffParts([1, 2, 3].map(same))).toEqual([{ kind: 'skipped', count: 3 }]);
    expect(diffParts([])).toEqual([]);
  });
});

describe('moving protocol sections', () => {
  const sections = [
    { id: 'a', order: 0 },
    { id: 'b', order: 1 },
    { id: 'c', order: 2 },
  ];

  it('renumbers only the sections whose place changes', () => {
    expect(moveSection(sections, 2, -1)).toEqual([
      { id: 'c', order: 1 },
      { id: 'b', order: 2 },
    ]);
    expect(moveSection(sections, 0, 1)).toEqual([
      { id: 'b', order: 0 },
      { id: 'a', order: 1 },
    ]);
  });

  it('settles sections that share a number, and refuses moves off the list', () => {
    const tied = [
      { id: 'a', order: 0 },
      { id: 'b', order: 0 },
      { id: 'c', order: 5 },
    ];
    expect(moveSection(tied, 2, -2)).toEqual([
      { id: 'c', order: 0 },
      { id: 'a', order: 1 },
      { id: 'b', order: 2 },
    ]);
    expect(moveSection(sections, 0, -1)).toEqual([]);
    expect(moveSection(sections, 2, 1)).toEqual([]);
  });
});

describe('protocol downloads', () => {
  it('asks for the interface language, and for a published version when one is shown', () => {
    expect(protocolFileUrl('m 1', 'pdf', 'DE', null)).toBe('/meetings/m%201/protocol.pdf?lang=de');
    expect(protocolFileUrl('m-1', 'docx', 'EN', 2)).toBe('/meetings/m-1/protocol.docx?lang=en&version=2');
  });
});
