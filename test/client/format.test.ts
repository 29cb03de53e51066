import { describe, expect, it } from 'vitest';
import { addDays, berlinToday, formatDate, formatDay, formatMeetingTime } from '../../client/i18n/format';

describe('dates for the interface language', () => {
  it('shows a due day the same in every time zone', () => {
    expect(formatDay('2013-03-31', 'de-DE')).toBe('31.03.2013');
    expect(formatDay('2013-03-31', 'en-GB')).toBe('31/03/2013');
  });

  it('shows only the day of an all-day meeting, and the hours of any other, in Berlin time', () => {
    const allDay = { startsAt: '2012-10-18T22:00:00.000Z', allDay: true };
    expect(formatMeetingTime(allDay, 'de-DE')).toBe('Freitag, 19.10.2012');
    // ICU versions differ on the comma after an English weekday.
    expect(formatMeetingTime(allDay, 'en-GB')).toMatch(/^Friday,? 19\/10\/2012$/);
    const afternoon = { startsAt: '2012-10-19T12:00:00.000Z', endsAt: '2012-10-19T15:30:00.000Z', allDay: false };
    expect(formatMeetingTime(afternoon, 'de-DE')).toMatch(/^Freitag, 19\.10\.2012, 14:00\s*–\s*17:30( Uhr)?$/);
    expect(formatDate('2012-10-18T22:00:00.000Z', 'de-DE')).toBe('19.10.2012');
  });

  it('counts days the way the server does: Berlin calendar days', () => {
    expect(berlinToday(new Date('2013-03-30T23:30:00Z'))).toBe('2013-03-31');
    expect(addDays('2013-03-31', 30)).toBe('2013-04-30');
    expect(addDays('2012-12-31', 1)).toBe('2013-01-01');
  });
});
