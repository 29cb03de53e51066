export type DiffKind = 'SAME' | 'ADDED' | 'REMOVED';

export interface DiffLine {
  kind: DiffKind;
  text: string;
  /** 1-based line in the old text (SAME, REMOVED) and in the new one (SAME, ADDED). */
  oldNumber: number | null;
  newNumber: number | null;
}

function splitLines(text: string): string[] {
  if (text === '') return [];
  return text.replace(/\r?\n$/, '').split(/\r?\n/);
}

/**
 * A line diff by the longest common subsequence. Common head and tail lines are taken off
 * first, so the quadratic table covers only the changed middle of a protocol.
 */
export function diffLines(oldText: string, newText: string): DiffLine[] {
  const a = splitLines(oldText);
  const b = splitLines(newText);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const oldMiddle = a.slice(head, a.length - tail);
  const newMiddle = b.slice(head, b.length - tail);

  // lcs[i][j]: length of the LCS of oldMiddle[i..] and newMiddle[j..], in one flat array.
  const width = newMiddle.length + 1;
  const lcs = new Uint32Array((oldMiddle.length + 1) * width);
  for (let i = oldMiddle.length - 1; i >= 0; i--) {
    for (let j = newMiddle.length - 1; j >= 0; j--) {
      lcs[i * width + j] =
        oldMiddle[i] === newMiddle[j]
          ? (lcs[(i + 1) * width + j + 1] ?? 0) + 1
          : Math.max(lcs[(i + 1) * width + j] ?? 0, lcs[i * width + j + 1] ?? 0);
    }
  }

  const result: DiffLine[] = [];
  const same = (text: string, i: number, j: number) =>
    result.push({ kind: 'SAME', text, oldNumber: i + 1, newNumber: j + 1 });
  for (let k = 0; k < head; k++) same(a[k] ?? '', k, k);
  let i = 0;
  let j = 0;
  while (i < oldMiddle.length || j < newMiddle.length) {
    if (i < oldMiddle.length && j < newMiddle.length && oldMiddle[i] === newMiddle[j]) {
      same(oldMiddle[i] ?? '', head + i++, head + j++);
    } else if (
      i < oldMiddle.length &&
      (j === newMiddle.length || (lcs[(i + 1) * width + j] ?? 0) >= (lcs[i * width + j + 1] ?? 0))
    ) {
      // Of two equally long ways on, the removal is shown first, as diff tools do.
      result.push({ kind: 'REMOVED', text: oldMiddle[i] ?? '', oldNumber: head + ++i, newNumber: null });
    } else {
      result.push({ kind: 'ADDED', text: newMiddle[j] ?? '', oldNumber: null, newNumber: head + ++j });
    }
  }
  for (let k = 0; k < tail; k++) same(a[a.length - tail + k] ?? '', a.length - tail + k, b.length - tail + k);
  return result;
}
