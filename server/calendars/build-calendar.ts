import ical, { type ICalEventData } from 'ical-generator';
import { berlinDay } from '../common/berlin-time';
import { addDays } from '../tasks/task-due';

export interface CalendarTask {
  id: string;
  owner: string;
  items: string[];
  dueLabel: string | null;
  /** `YYYY-MM-DD` */
  dueDate: string;
  meetingTitle: string | null;
}

export interface CalendarMeeting {
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date | null;
  allDay: boolean;
  place: string | null;
  description: string | null;
}

export interface CalendarContent {
  name: string;
  tasks: CalendarTask[];
  meetings: CalendarMeeting[];
  /** The time the feed is made (DTSTAMP). */
  now: Date;
}

function taskEvent(task: CalendarTask, stamp: Date): ICalEventData {
  const lines = [...task.items.map((item) => `– ${item}`)];
  if (task.dueLabel) lines.push(`Bis wann: ${task.dueLabel}`);
  if (task.meetingTitle) lines.push(`Aus: ${task.meetingTitle}`);
  return {
    id: `task-${task.id}@planwerk`,
    stamp,
    allDay: true,
    start: task.dueDate,
    summary: `${task.owner}: ${task.items.join('; ')}`,
    description: lines.join('\n'),
  };
}

/** All-day meetings cover their Berlin days (the end day exclusive, as iCalendar counts). */
function meetingEvent(meeting: CalendarMeeting, stamp: Date): ICalEventData {
  const common = {
    id: `meeting-${meeting.id}@planwerk`,
    stamp,
    summary: meeting.title,
    location: meeting.place ?? undefined,
    description: meeting.description ?? undefined,
  };
  if (!meeting.allDay) return { ...common, start: meeting.startsAt, end: meeting.endsAt ?? undefined };
  const start = berlinDay(meeting.startsAt);
  const lastDay = meeting.endsAt ? berlinDay(meeting.endsAt) : start;
  return { ...common, allDay: true, start, end: lastDay > start ? addDays(lastDay, 1) : undefined };
}

/** An iCalendar (RFC 5545) text made with ical-generator: steps all-day on their due day, meetings as they are. */
export function buildCalendar({ name, tasks, meetings, now }: CalendarContent): string {
  const calendar = ical({ name, prodId: { company: 'Planwerk', product: 'Planwerk', language: 'DE' }, ttl: 3600 });
  for (const meeting of meetings) calendar.createEvent(meetingEvent(meeting, now));
  for (const task of tasks) calendar.createEvent(taskEvent(task, now));
  return calendar.toString();
}
