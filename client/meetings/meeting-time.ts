/** Meetings happen in Berlin: the form's day and times are Berlin's, whatever the browser's zone. */
const ZONE = 'Europe/Berlin';

const PARTS = new Intl.DateTimeFormat('en-CA', {
  timeZone: ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The Berlin day (`YYYY-MM-DD`) and time (`HH:MM`) of an instant. */
export function berlinParts(instant: Date): { day: string; time: string } {
  const part = (type: string) => PARTS.formatToParts(instant).find((each) => each.type === type)?.value ?? '';
  return { day: `${part('year')}-${part('month')}-${part('day')}`, time: `${part('hour')}:${part('minute')}` };
}

/**
 * The instant at which Berlin's clocks show `day` and `time`. Berlin is one or two hours ahead
 * of UTC; the first guess is corrected by how far it is off, which settles within two steps.
 */
export function berlinInstant(day: string, time = '00:00'): Date {
  const wanted = Date.parse(`${day}T${time}:00Z`);
  let instant = wanted;
  for (let step = 0; step < 2; step += 1) {
    const shown = berlinParts(new Date(instant));
    instant += wanted - Date.parse(`${shown.day}T${shown.time}:00Z`);
  }
  return new Date(instant);
}

export interface MeetingWhen {
  day: string;
  allDay: boolean;
  /** `HH:MM`; ignored for all-day meetings. */
  start: string;
  /** `HH:MM` on the same day, or empty. */
  end: string;
}

/** What the form's day and times mean for the API: an all-day meeting starts at Berlin's midnight. */
export function meetingInstants(when: MeetingWhen): { startsAt: string; endsAt: string | null; allDay: boolean } {
  if (when.allDay) return { startsAt: berlinInstant(when.day).toISOString(), endsAt: null, allDay: true };
  return {
    startsAt: berlinInstant(when.day, when.start).toISOString(),
    endsAt: when.end ? berlinInstant(when.day, when.end).toISOString() : null,
    allDay: false,
  };
}

/** The form's fields for a meeting as the API gives it. */
export function meetingWhen(meeting: { startsAt: string; endsAt?: string | null; allDay: boolean }): MeetingWhen {
  const start = berlinParts(new Date(meeting.startsAt));
  return {
    day: start.day,
    allDay: meeting.allDay,
    start: meeting.allDay ? '' : start.time,
    end: meeting.endsAt && !meeting.allDay ? berlinParts(new Date(meeting.endsAt)).time : '',
  };
}
