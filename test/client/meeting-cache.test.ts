import { describe, expect, it } from 'vitest';
import {
  AddAttendeeMutation,
  DeleteContributionMutation,
  MeetingQuery,
  UpdateContributionMutation,
} from '../../client/meetings/meeting.operations';
import { clientAnswering, until, watch } from './support/fake-api';

const can = { __typename: 'MeetingCapabilities', manage: true } as const;
const talk = (id: string, order: number, title: string) => ({
  __typename: 'Contribution',
  id,
  order,
  title,
  speakerName: null,
  affiliation: null,
  summary: null,
  plannedMinutes: null,
  speaker: null,
  viewerCan: can,
});
const attendee = {
  __typename: 'Attendee',
  id: 'a-petra',
  name: 'Petra Gast',
  organizationName: null,
  source: 'ADDED',
  present: true,
  viewerCan: can,
};

/** The meeting page's query as the server answers it, with these talks and attendees. */
function meeting(contributions: unknown[], attendees: unknown[] = []) {
  return {
    data: {
      meeting: {
        __typename: 'Meeting',
        id: 'm-1',
        title: 'Übergänge Kita – Grundschule',
        description: null,
        startsAt: '2027-01-14T08:30:00.000Z',
        endsAt: null,
        allDay: false,
        place: null,
        closedAt: null,
        phases: ['PREPARE'],
        reviewsOpenSteps: false,
        protocolFootnote: null,
        hostCommittee: null,
        protocolAuthor: null,
        viewerCan: {
          ...can,
          protocol: { __typename: 'ProtocolCapabilities', read: true, edit: true },
          workshop: { __typename: 'WorkshopCapabilities', follow: true, facilitate: true },
        },
        invitations: [],
        contributions,
        workingTables: [],
        tasks: [],
        openSteps: [],
        attendees,
        roles: [],
        viewerRole: 'FACILITATOR',
        joinCode: null,
        joinOpen: false,
      },
    },
  };
}

describe('cache: planning a meeting', () => {
  it('asks for the meeting again after a talk is removed, moved, or someone is added to the attendance list', async () => {
    let contributions = [talk('c-1', 0, 'Begrüßung'), talk('c-2', 1, 'Verschiedenes')];
    let attendees: unknown[] = [];
    const { client, requests } = clientAnswering(
      ['Meeting', () => meeting(contributions, attendees)],
      [
        'DeleteContribution',
        () => {
          contributions = [talk('c-2', 0, 'Verschiedenes')];
          return { data: { deleteContribution: 'c-1' } };
        },
      ],
      ['UpdateContribution', () => ({ data: { updateContribution: { __typename: 'Contribution', id: 'c-2' } } })],
      [
        'AddAttendee',
        () => {
          attendees = [attendee];
          return { data: { addAttendee: { __typename: 'Attendee', id: attendee.id } } };
        },
      ],
    );
    const page = watch(client.query(MeetingQuery, { id: 'm-1' }));
    await until(() => page.latest()?.meeting.contributions.length === 2);

    await client.mutation(DeleteContributionMutation, { id: 'c-1' }).toPromise();
    await until(() => page.latest()?.meeting.contributions.length === 1);

    // A text change leaves the programme as it is; a move renumbers it, which only the server knows.
    await client.mutation(UpdateContributionMutation, { id: 'c-2', input: { title: 'Sonstiges' } }).toPromise();
    await client.mutation(UpdateContributionMutation, { id: 'c-2', input: { order: 0 } }).toPromise();
    await until(() => requests.length === 6);

    await client.mutation(AddAttendeeMutation, { input: { meetingId: 'm-1', name: 'Petra Gast' } }).toPromise();
    await until(() => page.latest()?.meeting.attendees.length === 1);
    expect(requests).toEqual([
      'Meeting',
      'DeleteContribution',
      'Meeting',
      'UpdateContribution',
      'UpdateContribution',
      'Meeting',
      'AddAttendee',
      'Meeting',
    ]);
  });
});
