/** Planwerk's users plan in Berlin time: "today" and a meeting's day are days in Europe/Berlin. */
const TIME_ZONE = 'Europe/Berlin';

const dayFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
const hourFormat = new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, hour: '2-digit', hourCycle: 'h23' });

const HOUR_MS = 3_600_000;
let formattedHour = Number.NaN;
let formattedDay = '';

/**
 * The calendar day (`YYYY-MM-DD`) in Berlin at instant `at`. Every request and every live
 * operation asks (roles depend on today), so the last answer is kept for its UTC hour: Berlin's
 * offset is whole hours, so its day never changes inside one.
 */
export function berlinDay(at: Date): string {
  const hour = Math.floor(at.getTime() / HOUR_MS);
  if (hour !== formattedHour) {
    formattedDay = dayFormat.format(at);
    formattedHour = hour;
  }
  return formattedDay;
}

/** The instant a Berlin calendar day begins. */
export function berlinMidnight(day: string): Date {
  const utcMidnight = new Date(`${day}T00:00:00Z`);
  const offsetHours = Number(hourFormat.format(utcMidnight));
  return new Date(utcMidnight.getTime() - offsetHours * 3_600_000);
}
