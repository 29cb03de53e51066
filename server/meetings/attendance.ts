import { berlinDay } from '../common/berlin-time';

/** Whether `now` falls on one of the meeting's days in Berlin, from the day it starts to the day it ends. */
export function onMeetingDay(meeting: { startsAt: Date; endsAt?: Date | null }, now: Date): boolean {
  const today = berlinDay(now);
  return berlinDay(meeting.startsAt) <= today && today <= berlinDay(meeting.endsAt ?? meeting.startsAt);
}

export interface AttendeeLine {
  name: string;
  organizationName: string | null;
}

export interface AttendeeGroup {
  /** null: those who named no organisation, listed last. */
  organization: string | null;
  names: string[];
}

/** "Anwesend" by organisation: organisations alphabetically (German collation), names likewise within each. */
export function groupByOrganization(attendees: readonly AttendeeLine[]): AttendeeGroup[] {
  const collator = new Intl.Collator('de', { sensitivity: 'base' });
  const groups = new Map<string | null, string[]>();
  for (const { name, organizationName } of attendees) {
    const organization = organizationName?.trim() || null;
    const names = groups.get(organization) ?? [];
    names.push(name);
    groups.set(organization, names);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : collator.compare(a, b)))
    .map(([organization, names]) => ({ organization, names: names.sort(collator.compare) }));
}
