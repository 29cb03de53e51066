import { describe, expect, it } from 'vitest';
import { berlinInstant, meetingInstants, meetingWhen } from '../../client/meetings/meeting-time';

describe('meeting times in Berlin', () => {
  it('turns a Berlin day and time into the instant, in winter and in summer time', () => {
    expect(berlinInstant('2027-01-14', '09:30').toISOString()).toBe('2027-01-14T08:30:00.000Z');
    expect(berlinInstant('2012-10-19', '10:00').toISOString()).toBe('2012-10-19T08:00:00.000Z');
    expect(berlinInstant('2027-03-28', '03:30').toISOString()).toBe('2027-03-28T01:30:00.000Z');
    expect(berlinInstant('2027-01-14').toISOString()).toBe('2027-01-13T23:00:00.000Z');
  });

  it('sends an all-day meeting as its Berlin midnight without an end, and a meeting with hours with both', () => {
    expect(meetingInstants({ day: '2027-01-14', allDay: true, start: '09:00', end: '12:00' })).toEqual({
      startsAt: '2027-01-13T23:00:00.000Z',
      endsAt: null,
      allDay: true,
    });
    expect(meetingInstants({ day: '2027-06-01', allDay: false, start: '09:00', end: '12:30' })).toEqual({
      startsAt: '2027-06-01T07:00:00.000Z',
      endsAt: '2027-06-01T10:30:00.000Z',
      allDay: false,
    });
  });

  it('fills the form from a meeting, whatever zone the browser is in', () => {
    expect(meetingWhen({ startsAt: '2012-10-19T08:00:00Z', endsAt: '2012-10-19T14:00:00Z', allDay: false })).toEqual({
      day: '2012-10-19',
      allDay: false,
      start: '10:00',
      end: '16:00',
    });
    expect(meetingWhen({ startsAt: '2027-01-13T23:00:00Z', allDay: true })).toEqual({
      day: '2027-01-14',
      allDay: true,
      start: '',
      end: '',
    });
  });
});
