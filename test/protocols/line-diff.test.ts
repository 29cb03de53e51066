import { describe, expect, it } from 'vitest';
import { diffLines } from '../../server/protocols/line-diff';

const kinds = (oldText: string, newText: string) => diffLines(oldText, newText).map((l) => `${l.kind[0]} ${l.text}`);

describe('diffLines', () => {
  it('reports identical texts as all SAME with both line numbers', () => {
    expect(diffLines('a\nb\n', 'a\nb\n')).toEqual([
      { kind: 'SAME', text: 'a', oldNumber: 1, newNumber: 1 },
      { kind: 'SAME', text: 'b', oldNumber: 2, newNumber: 2 },
    ]);
  });

  it('handles empty texts on either side', () => {
    expect(diffLines('', '')).toEqual([]);
    expect(kinds('', 'a\nb')).toEqual(['A a', 'A b']);
    expect(kinds('a\nb', '')).toEqual(['R a', 'R b']);
  });

  it('shows an inserted section between unchanged lines', () => {
    expect(kinds('# T\n## Tische\n- x', '# T\n## Diskussion\nLebhaft\n## Tische\n- x')).toEqual([
      'S # T',
      'A ## Diskussion',
      'A Lebhaft',
      'S ## Tische',
      'S - x',
    ]);
  });

  it('shows a changed line as removal then addition, numbering each side', () => {
    const diff = diffLines('a\nb\nc', 'a\nB\nc');
    expect(diff.map((l) => [l.kind, l.text, l.oldNumber, l.newNumber])).toEqual([
      ['SAME', 'a', 1, 1],
      ['REMOVED', 'b', 2, null],
      ['ADDED', 'B', null, 2],
      ['SAME', 'c', 3, 3],
    ]);
  });

  it('keeps the longest common subsequence when lines move', () => {
    const diff = diffLines('a\nb\nc\nd', 'b\nc\na\nd');
    expect(diff.filter((l) => l.kind === 'SAME').map((l) => l.text)).toEqual(['b', 'c', 'd']);
    expect(kinds('a\nb\nc\nd', 'b\nc\na\nd')).toEqual(['R a', 'S b', 'S c', 'A a', 'S d']);
  });

  it('treats CRLF and LF line ends alike and ignores one final newline', () => {
    expect(kinds('a\r\nb\r\n', 'a\nb')).toEqual(['S a', 'S b']);
  });

  it('rebuilds both texts from its output', () => {
    const before = Array.from({ length: 300 }, (_, i) => `Zeile ${i % 17}`).join('\n');
    const after = Array.from({ length: 280 }, (_, i) => `Zeile ${(i * 3) % 19}`).join('\n');
    const diff = diffLines(before, after);
    expect(
      diff
        .filter((l) => l.kind !== 'ADDED')
        .map((l) => l.text)
        .join('\n'),
    ).toBe(before);
    expect(
      diff
        .filter((l) => l.kind !== 'REMOVED')
        .map((l) => l.text)
        .join('\n'),
    ).toBe(after);
  });
});
