/**
 * A deadline ("Bis wann") means "at the latest by", so a label names the LAST day it can
 * mean: "November 2012" is 2012-11-30. Anfang/Mitte/Ende name the end of the period's first,
 * second or last third: a month's end on the 10th, 20th and last day; a year's with April,
 * August and December; a season's or quarter's with each month. Only year/month/day
 * integers are used, so no timezone can shift a day.
 *
 * Shared by server and client: the server stores the day it resolves, the next-step form shows
 * the same day while the label is typed.
 */

export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

/** Whole months; `first` counts from year 0, so a winter can run into the next year. */
interface Period {
  first: number;
  months: number;
}

// Vocabulary is spelled as `fold` leaves it: "März", "Maerz" and "Marz" all become "marz".
const MONTHS = indexByPosition([
  ['januar', 'jan'],
  ['februar', 'feb'],
  ['marz', 'mar', 'mrz'],
  ['april', 'apr'],
  ['mai'],
  ['juni', 'jun'],
  ['juli', 'jul'],
  ['august', 'aug'],
  ['september', 'sep', 'sept'],
  ['oktober', 'okt'],
  ['november', 'nov'],
  ['dezember', 'dez'],
]);

const ORDINALS = indexByPosition([
  ['1', 'i', 'erste', 'erstes', 'ersten'],
  ['2', 'ii', 'zweite', 'zweites', 'zweiten'],
  ['3', 'iii', 'dritte', 'drittes', 'dritten'],
  ['4', 'iv', 'vierte', 'viertes', 'vierten'],
]);

/** Meteorological seasons, by their first month. */
const SEASONS = new Map([
  ['fruhjahr', 3],
  ['fruhling', 3],
  ['sommer', 6],
  ['herbst', 9],
  ['winter', 12],
]);

/** Parts of a year, by their length in months. */
const PARTS = new Map([
  ['q', 3],
  ['quartal', 3],
  ['h', 6],
  ['hj', 6],
  ['halbjahr', 6],
]);

const THIRDS = ['anfang', 'mitte', 'ende'];

/** Days after Easter Sunday. */
const EASTER_OFFSETS = new Map([
  ['ostern', 0],
  ['ostersonntag', 0],
  ['karfreitag', -2],
  ['ostermontag', 1],
  ['christi himmelfahrt', 39],
  ['himmelfahrt', 39],
  ['pfingsten', 49],
  ['pfingstsonntag', 49],
  ['pfingstmontag', 50],
]);

/** [month, day]; Weihnachten means Heiligabend, the evening Germans celebrate it. */
const FIXED_FEASTS = new Map<string, readonly [number, number]>([
  ['weihnachten', [12, 24]],
  ['heiligabend', [12, 24]],
  ['silvester', [12, 31]],
  ['neujahr', [1, 1]],
]);

const FILLER = /^(?:(?:spatestens|bis zu[mr]|bis|vor|ca) |ca\. ?)*/;

/** Resolves a loosely written German (or ISO) deadline label to the last day it can mean, as `YYYY-MM-DD`, or null when the label cannot be resolved without guessing. */
export function resolveDueLabel(label: string): string | null {
  const text = fold(label).replace(FILLER, '');
  const day = parseIsoDate(text) ?? parseShortYearDate(text) ?? parseWithYear(text);
  return day && isValid(day) ? format(day) : null;
}

/** Gregorian Easter Sunday by the anonymous Gregorian (Meeus/Jones/Butcher) algorithm. */
export function easterSunday(year: number): CalendarDay {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const n = h + l - 7 * m + 114;
  return { year, month: Math.floor(n / 31), day: (n % 31) + 1 };
}

export function lastDayOfMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Lower case; "ä" and "ae" become "a"; single spaces; no trailing punctuation. */
function fold(label: string): string {
  return label
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/([aou])e/g, '$1')
    .replace(/\s+/g, ' ')
    .replace(/[ .,;:!?]+$/, '')
    .trim();
}

function parseIsoDate(text: string): CalendarDay | null {
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  return match ? { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) } : null;
}

/** "15.03.13": minutes are recent, so a two-digit year is in this century. */
function parseShortYearDate(text: string): CalendarDay | null {
  const match = /^(\d{1,2})\.(\d{1,2})\.(\d{2})$/.exec(text);
  return match ? { year: 2000 + Number(match[3]), month: Number(match[2]), day: Number(match[1]) } : null;
}

/** Every other form ends in a four-digit year; what precedes it names a day or a period of that year. */
function parseWithYear(text: string): CalendarDay | null {
  const match = /^(?:(.*?)[ /.]+)?(\d{4})$/.exec(text);
  if (!match) return null;
  const year = Number(match[2]);
  const head = (match[1] ?? '').replace(/^jahres(?=(?:anfang|mitte|ende)$)/, '');
  const [, third, rest = ''] = /^(?:(anfang|mitte|ende)\b ?)?(.*)$/.exec(head) ?? [];
  if (!third) {
    const day = parseDay(rest, year);
    if (day) return day;
  }
  const period = parsePeriod(rest, year);
  return period && endOfThird(period, THIRDS.indexOf(third ?? 'ende'));
}

function parseDay(text: string, year: number): CalendarDay | null {
  const offset = EASTER_OFFSETS.get(text);
  if (offset !== undefined) return addDays(easterSunday(year), offset);
  const feast = FIXED_FEASTS.get(text);
  if (feast) return { year, month: feast[0], day: feast[1] };
  const date = /^(\d{1,2})(?:\. ?| )(\S+)$/.exec(text);
  const month = date && monthNumber(date[2] ?? '');
  return date && month ? { year, month, day: Number(date[1]) } : null;
}

function parsePeriod(text: string, year: number): Period | null {
  if (text === '') return { first: year * 12, months: 12 };
  const month = monthNumber(text);
  if (month) return { first: year * 12 + month - 1, months: 1 };
  const season = SEASONS.get(text);
  if (season) return { first: year * 12 + season - 1, months: 3 };
  return parsePart(text, year);
}

/** Quarters and half years: "Q3", "3. Quartal", "III. Quartal", "H1", "erstes Halbjahr". */
function parsePart(text: string, year: number): Period | null {
  const short = /^([a-z]+) ?(\d)$/.exec(text);
  const long = /^(\S+?)(?:\. ?| )([a-z]+)$/.exec(text);
  const [part, ordinal] = short ? [short[1], short[2]] : long ? [long[2], long[1]] : [];
  const months = PARTS.get(part ?? '');
  const n = ORDINALS.get(ordinal ?? '');
  if (!months || !n || n * months > 12) return null;
  return { first: year * 12 + (n - 1) * months, months };
}

/** A month as people write it: "März", "Maerz", "Mrz.", "3", "03"; null for anything else. */
export function monthOfText(text: string): number | null {
  return monthNumber(fold(text));
}

function monthNumber(token: string): number | null {
  const month = MONTHS.get(token) ?? (/^\d{1,2}$/.test(token) ? Number(token) : 0);
  return month >= 1 && month <= 12 ? month : null;
}

function endOfThird(period: Period, third: number): CalendarDay {
  if (period.months === 1) {
    const last = daysIn(period.first);
    return { ...monthAt(period.first), day: third === 2 ? last : 10 * (third + 1) };
  }
  const index = period.first + (period.months / 3) * (third + 1) - 1;
  return { ...monthAt(index), day: daysIn(index) };
}

function addDays(from: CalendarDay, days: number): CalendarDay {
  let index = from.year * 12 + from.month - 1;
  let day = from.day + days;
  while (day > daysIn(index)) {
    day -= daysIn(index);
    index++;
  }
  while (day < 1) {
    index--;
    day += daysIn(index);
  }
  return { ...monthAt(index), day };
}

function monthAt(index: number): { year: number; month: number } {
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

function daysIn(index: number): number {
  const { year, month } = monthAt(index);
  return lastDayOfMonth(year, month);
}

function isValid({ year, month, day }: CalendarDay): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= lastDayOfMonth(year, month);
}

function format({ year, month, day }: CalendarDay): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Maps every spelling to its 1-based position in `rows`. */
function indexByPosition(rows: string[][]): Map<string, number> {
  return new Map(rows.flatMap((names, i) => names.map((name) => [name, i + 1] as const)));
}
