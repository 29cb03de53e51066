import { resolveDueLabel } from '../../../schema/deadline';
import { normaliseText } from './protocol-lines';

/** What a line of the protocol's head or foot says about the meeting. */
export interface MetaLine {
  date?: string;
  place?: string;
  author?: string;
  hostName?: string;
}

/** A day written in full: "19.10.2012", "19. 10. 2012", "14. Januar 2027". */
const DAY = /\b\d{1,2}\.\s?(?:\d{1,2}\.|\p{L}{3,}\.?)\s?\d{4}\b/u;
/** As the English export writes it: "19 October 2012". */
const ENGLISH_DAY =
  /\b(\d{1,2})\s+(january|february|march|april|may|june|july|august|september|october|november|december)\s+(\d{4})\b/i;
const ENGLISH_MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const FIELD = /^([\p{L} ()/]+?)\s*:\s*(.+)$/u;
const DATE_LABELS = /^(?:datum|date|sitzungsdatum|termin)$/;
const PLACE_LABELS = /^(?:ort|place|sitzungsort|tagungsort)$/;
const AUTHOR_LABELS =
  /^(?:protokoll|protokollant|protokollantin|protokollant\/in|protokollantin\/protokollant|protokollführung|protokoll geführt von|minutes taken by|minutes)$/;
const HOST_LABELS = /^(?:veranstalter|veranstalterin|host|einladende|einladendes gremium)$/;
/** "gez. Reinhard Hoffmann": a signature under the protocol. */
const SIGNED = /^gez\.\s*(.+)$/i;
/** "am 19.10.2012 in der Villa Mittelhof": date and place in one phrase. */
const AT_IN =
  /\bam\s+([^,;]*?\d{4})(?:,?\s+(?:von\s+)?[\d:.]+\s*(?:[-–]\s*[\d:.]+\s*)?(?:Uhr)?)?\s+(?:in|im)\s+(?:(?:der|dem|den)\s+)?(.+?)(?:\s+statt)?\.?$/iu;

/** The day a text names, through the same resolver as deadlines; a month alone names no meeting day. */
export function findDay(text: string): string | null {
  const match = DAY.exec(text);
  if (match) return resolveDueLabel(match[0]);
  const english = ENGLISH_DAY.exec(text);
  if (!english) return null;
  const month = ENGLISH_MONTHS.indexOf((english[2] ?? '').toLowerCase()) + 1;
  return resolveDueLabel(`${english[1]}.${month}.${english[3]}`);
}

/** Reads one line for date, place, author or host; `{}` when it says none of them. */
export function readMetaLine(line: string): MetaLine {
  const text = normaliseText(line);
  const signed = SIGNED.exec(text);
  if (signed?.[1]) return { author: signed[1] };
  const field = FIELD.exec(text);
  if (field) {
    const label = (field[1] ?? '').toLowerCase().trim();
    const value = (field[2] ?? '').trim();
    if (DATE_LABELS.test(label)) {
      const date = findDay(value);
      return date ? { date, ...placeAfterDate(value) } : {};
    }
    if (PLACE_LABELS.test(label)) return { place: value };
    if (AUTHOR_LABELS.test(label)) return { author: value };
    if (HOST_LABELS.test(label)) return { hostName: value };
  }
  return placeAfterDate(text);
}

function placeAfterDate(text: string): MetaLine {
  const match = AT_IN.exec(text);
  const date = match?.[1] ? findDay(match[1]) : null;
  return date && match?.[2] ? { date, place: match[2] } : {};
}
