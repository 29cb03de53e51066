import { resolveDueLabel } from '../../../schema/deadline';
import { WorkingTableKind } from '../../tables/working-table.entity';

/** What a pasted protocol text says, before anything is matched against the database. */
export interface ParsedProtocol {
  title: string | null;
  /** `YYYY-MM-DD` */
  date: string | null;
  footnote: string | null;
  authorName: string | null;
  workingTables: { kind: WorkingTableKind; title: string; positions: string[] }[];
  tasks: { ownerLabel: string; items: string[]; dueLabel: string | null }[];
}

/** Headings of the working tables the method uses; a custom table is added in review. */
const TABLE_HEADINGS: [RegExp, WorkingTableKind][] = [
  [/^chancen\b/, WorkingTableKind.OPPORTUNITIES],
  [/^kritik\b/, WorkingTableKind.CRITICISM],
  [/^(?:konkretion|realisierung)\b/, WorkingTableKind.REALISATION],
];
const NEXT_STEPS = /^n(?:ä|ae)chste schritte$/;
const STEPS_HEADER = /^wer was bis wann$/;
/**
 * Bullets as they come out of Word and PDF exports (Symbol-font glyphs included); PDF text
 * often loses the glyph and keeps only the indent, so an indented line is a bullet too.
 */
const BULLET = /^(?:\s*(?:[•·▪◦‣∙\uf0b7\uf0a7\uf0d8*–-]|o(?=\s))|\s+(?=\S))\s*/;
const NAME =
  /^(?:(?:Prof|Dr|Mag|Dipl)\.\s*)*\p{Lu}[\p{L}'-]*(?:\s+(?:(?:von|van|der|de|zu)\s+)*\p{Lu}[\p{L}'-]*){1,3}$/u;

/** One line as written: PDF hyphens (U+2010/2011) become "-", every run of spaces one space. */
export function normaliseText(line: string): string {
  return line
    .replace(/[\u2010\u2011]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

function heading(line: string): string {
  return normaliseText(line).toLowerCase();
}

function tableKind(line: string): WorkingTableKind | null {
  if (/^\s/.test(line)) return null;
  const text = heading(line);
  if (text.split(' ').length > 5 || /[.:]$/.test(text)) return null;
  return TABLE_HEADINGS.find(([pattern]) => pattern.test(text))?.[1] ?? null;
}

/** Table cells: PDF text keeps columns apart by two or more spaces, pasted tables by tabs. */
function cells(line: string): string[] {
  return line
    .split(/\t|\s{2,}/)
    .map(normaliseText)
    .filter((cell) => cell !== '');
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

function parseTitleLine(lines: string[]) {
  const first = lines.find((line) => line.trim() !== '');
  if (first === undefined) return { title: null, date: null, marker: null };
  // A footnote marker after the year reads as more digits: "19.10.20121" is 19.10.2012 and note 1.
  const match = /(\d{1,2})\.(\d{1,2})\.(\d{4})(\d?)/.exec(first);
  if (!match) return { title: normaliseText(first), date: null, marker: null };
  const [whole, day = '', month = '', year = '', marker = ''] = match;
  const date = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return {
    title: normaliseText(first.replace(whole, `${day}.${month}.${year}`)),
    date: resolveDueLabel(date) === date ? date : null,
    marker: marker || null,
  };
}

function parseFootnote(lines: string[], marker: string | null): string | null {
  if (!marker) return null;
  const pattern = new RegExp(`^\\s*${marker}\\s+(\\D.*)$`);
  const line = lines.slice(1).find((l) => pattern.test(l));
  return line ? normaliseText(line.replace(pattern, '$1')) : null;
}

interface StepRow {
  ownerLabel: string;
  lines: string[];
  dueLabel: string | null;
}

/**
 * Reads the structure of a protocol like the seed's: the title/date line with its footnote,
 * the working tables "Chancen", "Kritik", "Konkretion – Realisierung" with their bullet
 * lines, the "Nächste Schritte" table (Wer / Was / Bis wann) and the author's name at the end.
 */
export function parseProtocolText(text: string): ParsedProtocol {
  const lines = text.split(/\r?\n/);
  const { title, date, marker } = parseTitleLine(lines);
  const workingTables: ParsedProtocol['workingTables'] = [];
  const rows: StepRow[] = [];
  type State = 'outside' | 'table' | 'steps';
  let state: State = 'outside';
  let lastStructural = -1;
  let previousWasPoint = false;

  lines.forEach((line, index) => {
    const blank = line.trim() === '';
    const kind = tableKind(line);
    if (kind) {
      workingTables.push({ kind, title: normaliseText(line), positions: [] });
      state = 'table';
    } else if (!/^\s/.test(line) && NEXT_STEPS.test(heading(line))) {
      state = 'steps';
    } else if (blank) {
      previousWasPoint = false;
      return;
    } else if (state === 'table') {
      const positions = workingTables.at(-1)?.positions ?? [];
      if (BULLET.test(line)) {
        positions.push(normaliseText(line.replace(BULLET, '')));
      } else if (previousWasPoint && positions.length) {
        positions.push(`${positions.pop()} ${normaliseText(line)}`);
      } else {
        state = 'outside';
        return;
      }
      previousWasPoint = true;
    } else if (state === 'steps') {
      if (!readStepLine(rows, line)) {
        state = 'outside';
        return;
      }
    } else {
      return;
    }
    lastStructural = index;
  });

  const last = lines.findLastIndex((line) => line.trim() !== '');
  const lastLine = last > lastStructural ? normaliseText(lines[last] ?? '') : '';
  return {
    title,
    date,
    footnote: parseFootnote(lines, marker),
    authorName: NAME.test(lastLine) ? lastLine : null,
    workingTables,
    tasks: rows.map((row) => ({ ownerLabel: row.ownerLabel, items: joinItems(row.lines), dueLabel: row.dueLabel })),
  };
}

/** Adds one line of the next-steps table to `rows`; false when the line is no longer part of it. */
function readStepLine(rows: StepRow[], line: string): boolean {
  const row = cells(line);
  if (STEPS_HEADER.test(row.join(' ').toLowerCase())) return true;
  const current = rows.at(-1);
  if (row.length >= 2) {
    const [ownerLabel = '', ...rest] = row;
    const last = rest.at(-1) ?? '';
    const dueLabel = rest.length >= 2 && resolveDueLabel(last) ? last : null;
    rows.push({ ownerLabel, lines: dueLabel ? rest.slice(0, -1) : rest, dueLabel });
    return true;
  }
  if (!current || current.dueLabel) return false;
  const only = row[0] ?? '';
  if (resolveDueLabel(only)) current.dueLabel = only;
  else current.lines.push(only);
  return true;
}
