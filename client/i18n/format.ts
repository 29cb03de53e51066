import type { Language } from './i18n';

/** The `Intl` locale each interface language formats dates and numbers with. */
export const LOCALES: Record<Language, string> = { de: 'de-DE', en: 'en-GB' };

/** Meetings happen in Berlin; their times read the same wherever the browser is. */
const ZONE = 'Europe/Berlin';

const DAY: Intl.DateTimeFormatOptions = { day: '2-digit', month: '2-digit', year: 'numeric' };

/** A calendar day as the server sends it (`YYYY-MM-DD`), e.g. "31.03.2013". */
export function formatDay(day: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { ...DAY, timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}

/** The Berlin day of an instant (an ISO date-time), e.g. "19.10.2012". */
export function formatDate(instant: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { ...DAY, timeZone: ZONE }).format(new Date(instant));
}

/** An instant as its Berlin day and time, e.g. "10.04.2013, 14:03". */
export function formatDateTime(instant: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { ...DAY, hour: '2-digit', minute: '2-digit', timeZone: ZONE }).format(
    new Date(instant),
  );
}

export interface MeetingTime {
  startsAt: string;
  endsAt?: string | null;
  allDay: boolean;
}

/** When a meeting is: only the day for all-day meetings, else the day with its hours. */
export function formatMeetingTime({ startsAt, endsAt, allDay }: MeetingTime, locale: string): string {
  const start = new Date(startsAt);
  if (allDay) return new Intl.DateTimeFormat(locale, { ...DAY, weekday: 'long', timeZone: ZONE }).format(start);
  const format = new Intl.DateTimeFormat(locale, {
    ...DAY,
    weekday: 'long',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: ZONE,
  });
  return endsAt ? format.formatRange(start, new Date(endsAt)) : format.format(start);
}

/** Today in Berlin as `YYYY-MM-DD`, the way the server counts due days. */
export function berlinToday(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(now);
}

/** `YYYY-MM-DD` plus `days` calendar days. */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
