export type DiffKind = 'SAME' | 'ADDED' | 'REMOVED';

export interface DiffLine {
  kind: DiffKind;
  text: string;
  oldNumber?: number | null;
  newNumber?: number | null;
}

/** What the diff view shows: changed lines with some context, and how many unchanged lines lie between. */
export type DiffPart<Line extends DiffLine = DiffLine> =
  | { kind: 'lines'; lines: Line[] }
  | { kind: 'skipped'; count: number };

/**
 * Folds the unchanged stretches of a line diff, keeping `context` unchanged lines next to each
 * change so a reader sees where it sits. A diff without changes folds into one skipped part.
 */
export function diffParts<Line extends DiffLine>(lines: readonly Line[], context = 2): DiffPart<Line>[] {
  const changed = lines.flatMap((line, index) => (line.kind === 'SAME' ? [] : [index]));
  const shown = new Set<number>();
  for (const index of changed) {
    for (let near = index - context; near <= index + context; near++) shown.add(near);
  }
  const parts: DiffPart<Line>[] = [];
  lines.forEach((line, index) => {
    const last = parts.at(-1);
    if (shown.has(index)) {
      if (last?.kind === 'lines') last.lines.push(line);
      else parts.push({ kind: 'lines', lines: [line] });
    } else if (last?.kind === 'skipped') last.count++;
    else parts.push({ kind: 'skipped', count: 1 });
  });
  return parts;
}

/** How many lines a diff adds and removes. */
export function diffCounts(lines: readonly DiffLine[]): { added: number; removed: number } {
  return {
    added: lines.filter((line) => line.kind === 'ADDED').length,
    removed: lines.filter((line) => line.kind === 'REMOVED').length,
  };
}
