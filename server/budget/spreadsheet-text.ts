/**
 * Spreadsheet formula injection (OWASP "CSV injection"): Excel and LibreOffice take a text cell
 * that starts with = + - @, a tab or a carriage return for a formula, so a budget source such as
 * "=cmd|' /C calc'!A0" would run on the computer of whoever opens the export. Every text cell of
 * an export is written through `neutraliseFormula`, which puts an apostrophe in front of such text,
 * as OWASP advises. Text that already starts with apostrophes before such a character gets one
 * more too, so that `restoreFormula`, which the importer applies to every text cell and which
 * takes exactly one away, reads every export back unchanged. Numbers are written as numbers and
 * need neither: a negative amount stays a number.
 */
const NEUTRALISE = /^'*[=+\-@\t\r]/;
const NEUTRALISED = /^'+[=+\-@\t\r]/;

export function neutraliseFormula(text: string): string {
  return NEUTRALISE.test(text) ? `'${text}` : text;
}

export function restoreFormula(text: string): string {
  return NEUTRALISED.test(text) ? text.slice(1) : text;
}

/**
 * XML 1.0 cannot hold most control characters, and a parser reads a carriage return as a line
 * feed; OOXML writes them as `_xHHHH_` (ST_Xstring), and a literal `_x` that looks like such an
 * escape as `_x005F_x…`. A source may hold a control
 * character (only NUL is refused), so the XLSX writer escapes and the reader unescapes.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is its purpose.
const UNWRITABLE = /[\u0001-\u0008\u000B-\u001F\uFFFE\uFFFF]|_(?=x[0-9A-Fa-f]{4}_)/g;
const ESCAPED = /_x([0-9A-Fa-f]{4})_/g;

export function escapeXstring(text: string): string {
  return text.replace(UNWRITABLE, (char) => `_x${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
}

export function unescapeXstring(text: string): string {
  return text.includes('_x')
    ? text.replace(ESCAPED, (_match, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
    : text;
}
