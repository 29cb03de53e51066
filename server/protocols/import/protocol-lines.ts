/**
 * One line of a protocol, classified the same way whether it came from Markdown (Planwerk's own
 * export, or text written in Markdown) or from plain text pasted out of Word or a PDF.
 */
export type ProtocolLine =
  | { kind: 'blank' }
  | { kind: 'heading'; level: number; text: string }
  /** A row of a Markdown table: each cell's lines (`<br>` separates them). */
  | { kind: 'row'; cells: string[][] }
  | { kind: 'item'; text: string; ordered: boolean; indent: number }
  /** A Markdown footnote: "[^1]: Die folgenden Textbeiträge sind inhaltlich gekürzt". */
  | { kind: 'footnote'; text: string }
  /** `raw` keeps the indent and column spacing that plain-text tables depend on. */
  | { kind: 'text'; text: string; raw: string; italic: boolean };

const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const TABLE_RULE = /^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/;
/**
 * Bullets as they come out of Word and PDF exports (Symbol-font glyphs included) and Markdown;
 * numbered lists as "1." or "1)".
 */
const BULLET = /^(\s*)(?:[•·▪◦‣∙\uf0b7\uf0a7\uf0d8]\s*|[*–o-]\s+)(?=\S)/;
const NUMBER = /^(\s*)\d{1,3}[.)]\s+(?=\S)/;
/** A note Planwerk's export puts after a point: "*(Platz 2)*". */
const POINT_NOTE = /\s*\*\((?:Platz|Rank|Gast|guest) ?\d*\)\*$/;
const FOOTNOTE_REF = /\[\^\d+\]/g;

/** Whether the text is Markdown: headings, tables or bold labels, as Planwerk's export writes. */
export function isMarkdown(text: string): boolean {
  return /^#{1,6}\s+\S/m.test(text) || /^\|.*\|\s*$/m.test(text) || /^\*\*[^*\n]+:\*\*/m.test(text);
}

/** One line as written: PDF hyphens (U+2010/2011) become "-", every run of spaces one space. */
export function normaliseText(line: string): string {
  return line
    .replace(/[\u2010\u2011]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Markdown's backslash escapes, bold labels and hard line breaks, read back as the text they stand for. */
function unescapeMarkdown(text: string): string {
  return text
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/\\([\\`*_[\]<>|~&#+=\-.)!])/g, '$1')
    .replace(/ {2}$/, '');
}

/** The cells of a Markdown table row; an escaped "\|" stays inside its cell. */
function rowCells(line: string): string[][] {
  const inner = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  return inner.split(/(?<!\\)\|/).map((cell) =>
    cell
      .split(/<br\s*\/?>/i)
      .map((part) => normaliseText(unescapeMarkdown(part)))
      .filter((part) => part !== ''),
  );
}

export function classifyLine(raw: string, markdown: boolean): ProtocolLine {
  if (raw.trim() === '') return { kind: 'blank' };
  const clean = (text: string) => normaliseText(markdown ? unescapeMarkdown(text.replace(FOOTNOTE_REF, '')) : text);
  const footnote = markdown ? /^\[\^\d+\]:\s*(.*)$/.exec(raw) : null;
  if (footnote) return { kind: 'footnote', text: clean(footnote[1] ?? '') };
  const heading = markdown ? HEADING.exec(raw) : null;
  if (heading) return { kind: 'heading', level: heading[1]?.length ?? 1, text: clean(heading[2] ?? '') };
  if (markdown && /^\s*\|/.test(raw)) {
    if (TABLE_RULE.test(raw.trim())) return { kind: 'blank' };
    return { kind: 'row', cells: rowCells(raw) };
  }
  const bullet = BULLET.exec(raw) ?? NUMBER.exec(raw);
  if (bullet) {
    const text = raw.slice(bullet[0].length).replace(markdown ? POINT_NOTE : /$^/, '');
    return { kind: 'item', text: clean(text), ordered: NUMBER.test(raw), indent: bullet[1]?.length ?? 0 };
  }
  const italic = markdown && /^\*[^*\s].*[^*\s]\*$|^\*[^*\s]\*$/.test(raw.trim());
  const text = italic ? raw.trim().slice(1, -1) : raw;
  return { kind: 'text', text: clean(text), raw: markdown ? unescapeMarkdown(raw) : raw, italic };
}

export function protocolLines(text: string): ProtocolLine[] {
  const markdown = isMarkdown(text);
  return text.split(/\r?\n/).map((line) => classifyLine(line, markdown));
}
