import { findDay, readMetaLine } from './meta-lines';
import { normaliseText } from './protocol-lines';

/** The export's title: "Protokoll: <meeting title>". */
const TITLE_PREFIX = /^(?:Protokoll|Minutes):\s+/;

/** The first line: the title, and the day and place it may name. */
export function parseTitleLine(first: string | undefined, markdown: boolean) {
  if (first === undefined) return { title: null, date: null, place: null, marker: null };
  const line = markdown ? first.replace(/^#+\s*/, '').replace(/\[\^\d+\]/g, '') : first;
  // A footnote marker after the year reads as more digits: "19.10.20121" is 19.10.2012 and note 1.
  const match = /(\d{1,2})\.(\d{1,2})\.(\d{4})(\d?)/.exec(line);
  const [whole = '', day = '', month = '', year = '', marker = ''] = match ?? [];
  const text = normaliseText(match ? line.replace(whole, `${day}.${month}.${year}`) : line);
  const title = markdown ? normaliseText(text.replace(/\\(.)/g, '$1')) : text;
  const meta = readMetaLine(title);
  return {
    title: title.replace(TITLE_PREFIX, '') || null,
    date: match ? findDay(`${day}.${month}.${year}`) : (meta.date ?? null),
    place: meta.place ?? null,
    marker: marker || null,
  };
}

/** The footnote a marker after the title's date points to, as PDF text puts it below. */
export function parseFootnote(lines: string[], marker: string | null): string | null {
  if (!marker) return null;
  const pattern = new RegExp(`^\\s*${marker}\\s+(\\D.*)$`);
  const line = lines.slice(1).find((l) => pattern.test(l));
  return line ? normaliseText(line.replace(pattern, '$1')) : null;
}
