import { registerEnumType } from 'type-graphql';
import { berlinDay } from '../common/berlin-time';
import type { ProtocolDocument, ProtocolNextStep } from './protocol-document';

export enum Language {
  DE = 'DE',
  EN = 'EN',
}
registerEnumType(Language, { name: 'Language', description: 'Language of labels; user data stays as written' });

/** The labels of a protocol; user data is never translated. */
const MESSAGES = {
  DE: {
    locale: 'de-DE',
    dayStyle: '2-digit',
    monthStyle: '2-digit',
    protocol: 'Protokoll',
    date: 'Datum',
    place: 'Ort',
    host: 'Veranstalter',
    invitees: 'Eingeladen',
    guest: 'Gast',
    attendees: 'Anwesend',
    noOrganization: 'ohne Angabe der Organisation',
    contributions: 'Beiträge',
    workingTables: 'Arbeitstische',
    topFive: 'Die fünf wichtigsten Punkte',
    allPoints: 'Alle Punkte',
    rank: 'Platz',
    nextSteps: 'Nächste Schritte',
    who: 'Wer',
    what: 'Was',
    byWhen: 'Bis wann',
    author: 'Protokoll',
    footnotes: 'Anmerkungen',
    timeSuffix: ' Uhr',
    filename: 'protokoll',
  },
  EN: {
    locale: 'en-GB',
    dayStyle: 'numeric',
    monthStyle: 'long',
    protocol: 'Minutes',
    date: 'Date',
    place: 'Place',
    host: 'Host',
    invitees: 'Invited',
    guest: 'guest',
    attendees: 'Present',
    noOrganization: 'no organisation given',
    contributions: 'Contributions',
    workingTables: 'Working tables',
    topFive: 'The five most important points',
    allPoints: 'All points',
    rank: 'Rank',
    nextSteps: 'Next steps',
    who: 'Who',
    what: 'What',
    byWhen: 'By when',
    author: 'Minutes taken by',
    footnotes: 'Notes',
    timeSuffix: '',
    filename: 'minutes',
  },
} as const satisfies Record<Language, Record<string, string>>;

export type Messages = (typeof MESSAGES)[Language];

export function messages(language: Language): Messages {
  return MESSAGES[language];
}

const TIME_ZONE = 'Europe/Berlin';

function dayFormat(m: Messages, timeZone: string) {
  return new Intl.DateTimeFormat(m.locale, {
    timeZone,
    day: m.dayStyle,
    month: m.monthStyle,
    year: 'numeric',
  });
}

/** A calendar day `YYYY-MM-DD` as people of the language write it: "31.03.2013", "31 March 2013". */
export function formatDay(day: string, m: Messages): string {
  return dayFormat(m, 'UTC').format(new Date(`${day}T00:00:00Z`));
}

function formatInstantDay(at: Date, m: Messages): string {
  return dayFormat(m, TIME_ZONE).format(at);
}

function formatTime(at: Date, m: Messages): string {
  return new Intl.DateTimeFormat(m.locale, {
    timeZone: TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(at);
}

/** When the meeting took place, in Berlin time: a day, a day with hours, or a span of days. */
export function formatWhen(doc: Pick<ProtocolDocument, 'startsAt' | 'endsAt' | 'allDay'>, m: Messages): string {
  const start = new Date(doc.startsAt);
  const end = doc.endsAt ? new Date(doc.endsAt) : null;
  const startDay = formatInstantDay(start, m);
  const endDay = end && formatInstantDay(end, m);
  if (doc.allDay) return endDay && endDay !== startDay ? `${startDay} – ${endDay}` : startDay;
  if (!end) return `${startDay}, ${formatTime(start, m)}${m.timeSuffix}`;
  if (endDay !== startDay)
    return `${startDay}, ${formatTime(start, m)} – ${endDay}, ${formatTime(end, m)}${m.timeSuffix}`;
  return `${startDay}, ${formatTime(start, m)}–${formatTime(end, m)}${m.timeSuffix}`;
}

/** "Bis wann" as written with the resolved day beside it: "Ostern 2013 (31.03.2013)". */
export function formatDue(step: Pick<ProtocolNextStep, 'dueLabel' | 'dueDate'>, m: Messages): string {
  const date = step.dueDate ? formatDay(step.dueDate, m) : null;
  if (step.dueLabel && date) return `${step.dueLabel} (${date})`;
  return step.dueLabel ?? date ?? '';
}

/** The day part of download names, e.g. "protokoll-2012-10-19". */
export function fileStem(doc: Pick<ProtocolDocument, 'startsAt'>, m: Messages): string {
  return `${m.filename}-${berlinDay(new Date(doc.startsAt))}`;
}
