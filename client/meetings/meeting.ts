import type { ResultOf } from '../api/graphql';
import type { MeetingQuery } from './meeting.operations';

/** The meeting as its page loads it; each section reads the part it shows. */
export type Meeting = ResultOf<typeof MeetingQuery>['meeting'];

/** What deleting a meeting takes with it, for the confirmation. */
export function meetingContents(meeting: Meeting) {
  return {
    tables: meeting.workingTables.length,
    cards: meeting.workingTables.reduce((sum, table) => sum + table.positions.length, 0),
    nextSteps: meeting.tasks.length,
    contributions: meeting.contributions.length,
    attendees: meeting.attendees.length,
  };
}
