import type { Cache, KeyingConfig, UpdateResolver } from '@urql/exchange-graphcache';
import { invalidateQueryFields } from '../api/cache-lists';

/**
 * Cache rules for planning a meeting. What a list on the meeting page holds, and in which order,
 * only the server knows: a new entry drops the meeting's list so the page asks again, a removed
 * one drops the entry, which makes every list that held it ask again.
 */

/** A template's structure has no id of its own: it is kept inside its template. */
export const meetingKeys: KeyingConfig = {
  TemplateStructure: () => null,
  TemplateTable: () => null,
  TemplateAgendaItem: () => null,
};

type MeetingList = 'contributions' | 'invitations' | 'attendees' | 'roles' | 'workingTables';

const meeting = (id: string) => ({ __typename: 'Meeting', id });

/** After adding to one of a meeting's lists (the meeting named in the input). */
const added =
  (field: MeetingList): UpdateResolver<unknown, { input: { meetingId: string } }> =>
  (_result, args, cache) =>
    cache.invalidate(meeting(args.input.meetingId), field);

/** After removing an entry that answers with its id. */
const removed =
  (typename: string, field: string): UpdateResolver<Record<string, unknown>> =>
  (result, _args, cache) => {
    const id = result[field];
    if (typeof id === 'string') cache.invalidate({ __typename: typename, id });
  };

const meetingLists = (cache: Cache) => invalidateQueryFields(cache, ['meetings']);
const templateLists = (cache: Cache) => invalidateQueryFields(cache, ['meetingTemplates']);

export const meetingUpdates: Record<string, UpdateResolver<any, any>> = {
  createMeeting: (_result, _args, cache) => meetingLists(cache),
  deleteMeeting: (result: { deleteMeeting: string }, _args, cache) => {
    cache.invalidate(meeting(result.deleteMeeting));
    meetingLists(cache);
  },
  createContribution: added('contributions'),
  // Moving one renumbers the others: the whole programme comes again.
  updateContribution: (_result, args: { id: string; input: { order?: number } }, cache) => {
    if (args.input.order !== undefined) cache.invalidate({ __typename: 'Contribution', id: args.id });
  },
  deleteContribution: removed('Contribution', 'deleteContribution'),
  createWorkingTable: added('workingTables'),
  // Moving one renumbers the others: every table of the meeting comes again.
  updateWorkingTable: (
    result: { updateWorkingTable: { meeting: { id: string } } },
    args: { input: { order?: number } },
    cache,
  ) => {
    if (args.input.order !== undefined)
      cache.invalidate(meeting(result.updateWorkingTable.meeting.id), 'workingTables');
  },
  deleteWorkingTable: removed('WorkingTable', 'deleteWorkingTable'),
  invite: added('invitations'),
  removeInvitation: removed('Invitation', 'removeInvitation'),
  addAttendee: added('attendees'),
  removeAttendee: removed('Attendee', 'removeAttendee'),
  setMeetingRole: (_result, args: { input: { meetingId: string } }, cache) => {
    cache.invalidate(meeting(args.input.meetingId), 'roles');
    cache.invalidate(meeting(args.input.meetingId), 'viewerRole');
    cache.invalidate(meeting(args.input.meetingId), 'viewerCan');
  },
  removeMeetingRole: removed('MeetingRole', 'removeMeetingRole'),
  createMeetingTemplate: (_result, _args, cache) => templateLists(cache),
  updateMeetingTemplate: (_result, _args, cache) => templateLists(cache),
  deleteMeetingTemplate: (_result, _args, cache) => templateLists(cache),
};
