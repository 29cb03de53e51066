import { resolveDueLabel } from '../../../schema/deadline';
import { findDay } from './meta-lines';
import type { ParsedTask } from './parsed-protocol';
import { normaliseText } from './protocol-lines';

/** The header row of a next-steps table, however its cells were separated. */
export const STEPS_HEADER = /^(?:wer was bis wann|who what by when)$/;

export interface StepRow {
  ownerLabel: string;
  lines: string[];
  dueLabel: string | null;
  /** Markdown cells give their lines as items already; plain text joins wrapped lines. */
  exactItems?: boolean;
}

/** Plain-text table cells: PDF text keeps columns apart by two or more spaces, pasted tables by tabs. */
export function cells(line: string): string[] {
  return line
    .split(/\t|\s{2,}|\s*\|\s*/)
    .map(normaliseText)
    .filter((cell) => cell !== '');
}

/** The rule under a header row written with pipes: "---|---|---". */
function isRule(row: string[]): boolean {
  return row.length > 0 && row.every((cell) => /^:?-{3,}:?$/.test(cell));
}

export function isStepsHeader(row: string[]): boolean {
  return STEPS_HEADER.test(row.join(' ').toLowerCase());
}

/** A label the deadline resolver reads, or one with the day beside it as the export writes it. */
function isDue(cell: string): boolean {
  return resolveDueLabel(cell) !== null || splitDue(cell).dueDate !== undefined;
}

/**
 * "Was" lines as items. A line ending in ":" opens an item that the following lines continue
 * while they end in "," or ":" ("Vorüberlegungen: / Leistungsbereiche, / Region bestimmen");
 * elsewhere a trailing comma only separates items ("Träger,").
 */
export function joinItems(lines: string[]): string[] {
  const items: string[] = [];
  let open: string | null = null;
  for (const line of lines) {
    if (open !== null) {
      open = `${open} ${line}`;
      if (!/[:,]$/.test(line)) {
        items.push(open);
        open = null;
      }
    } else if (line.endsWith(':')) {
      open = line;
    } else {
      items.push(line.replace(/[,;]$/, ''));
    }
  }
  if (open !== null) items.push(open.replace(/[:,]$/, ''));
  return items;
}

/**
 * Adds one plain-text line of the next-steps table to `rows`; false when the line is no longer
 * part of it. A row whose "Bis wann" is known takes more "Was" lines only while they follow it
 * directly, indented into their column, as aligned tables wrap them.
 */
export function readStepLine(rows: StepRow[], line: string, afterBlank = false): boolean {
  const row = cells(line);
  if (isStepsHeader(row) || isRule(row)) return true;
  const current = rows.at(-1);
  if (row.length >= 2) {
    const [ownerLabel = '', ...rest] = row;
    const last = rest.at(-1) ?? '';
    // Three columns leave no doubt which is "Bis wann"; with two, only a readable deadline is one.
    const dueLabel = rest.length >= 2 && (row.length >= 3 || isDue(last)) ? last : null;
    rows.push({ ownerLabel, lines: dueLabel ? rest.slice(0, -1) : rest, dueLabel });
    return true;
  }
  if (!current) return false;
  const only = row[0] ?? '';
  if (current.dueLabel) {
    if (afterBlank || !/^\s/.test(line)) return false;
    current.lines.push(only);
    return true;
  }
  if (isDue(only)) current.dueLabel = only;
  else current.lines.push(only);
  return true;
}

/** A Markdown table row (cells of lines) of the next-steps table; the header row adds nothing. */
export function readStepCells(rows: StepRow[], row: string[][]): void {
  if (isStepsHeader(row.map((cell) => cell.join(' ')))) return;
  const [owner = [], ...rest] = row;
  const due = rest.length >= 2 ? rest.at(-1) : undefined;
  const items = (due ? rest.slice(0, -1) : rest).flat();
  if (owner.length === 0 && items.length === 0) return;
  rows.push({ ownerLabel: owner.join(' '), lines: items, dueLabel: due?.join(' ') || null, exactItems: true });
}

/**
 * "Ostern 2013 (31.03.2013)", "Ostern 2013 (31 March 2013)": the label as written, and the day
 * Planwerk had resolved it to. A bracket holding more than a day is part of the label.
 */
export function splitDue(due: string | null): Pick<ParsedTask, 'dueLabel' | 'dueDate'> {
  if (!due) return { dueLabel: null };
  const match = /^(.*?)\s*\(([^()]{6,20})\)$/.exec(due);
  const day = match?.[2] && /^\d{1,2}[.\s][^()]*\d{4}$/.test(match[2]) ? findDay(match[2]) : null;
  if (!match || !day) return { dueLabel: due };
  return match[1] ? { dueLabel: match[1], dueDate: day } : { dueLabel: match[2] ?? null, dueDate: day };
}

export function stepTask(row: StepRow): ParsedTask {
  return {
    ownerLabel: row.ownerLabel,
    items: row.exactItems ? row.lines : joinItems(row.lines),
    ...splitDue(row.dueLabel),
  };
}
