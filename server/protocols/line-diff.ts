import { diffArrays } from 'diff';

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

/** The line diff between two protocol versions (jsdiff's Myers diff), numbered on both sides. */
export function diffLines(oldText: string, newText: string): DiffLine[] {
  const result: DiffLine[] = [];
  let oldNumber = 0;
  let newNumber = 0;
  for (const change of diffArrays(splitLines(oldText), splitLines(newText))) {
    for (const text of change.value) {
      if (change.added) result.push({ kind: 'ADDED', text, oldNumber: null, newNumber: ++newNumber });
      else if (change.removed) result.push({ kind: 'REMOVED', text, oldNumber: ++oldNumber, newNumber: null });
      else result.push({ kind: 'SAME', text, oldNumber: ++oldNumber, newNumber: ++newNumber });
    }
  }
  return result;
}
