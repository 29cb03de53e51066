import { randomUUID } from 'node:crypto';
import * as Y from 'yjs';
import { Grant } from '../../server/auth/account.entity';
import { type GqlClient, joinAsGuest, type SessionClient, signIn, signInAs, TEST_PASSWORD } from '../support/auth';
import {
  buildCommittee,
  buildMeeting,
  buildPosition,
  buildRegion,
  buildTable,
  openJoin,
  setMeetingRole,
} from '../support/factories';
import type { TestServer } from '../support/server';

/** The roles of the authorization matrix; each acts on meeting A and committee X unless its name says otherwise. */
export const ROLES = [
  'anonymous',
  'guestOfB',
  'guest',
  'participant',
  'member',
  'speaker',
  'facilitator',
  'budgetEditor',
  'admin',
] as const;
export type Role = (typeof ROLES)[number];

/** A service area code no other area has (capitals, digits and underscores). */
export const uniqueAreaCode = () => `AREA_${randomUUID().replace(/-/g, '').toUpperCase()}`;

async function ok<T = any>(client: GqlClient, query: string, variables?: Record<string, unknown>): Promise<T> {
  const { data, errors } = await client.gql(query, variables);
  if (errors) throw new Error(`${query}: ${JSON.stringify(errors)}`);
  return data as T;
}

/**
 * Meeting A (facilitator, a named participant, a guest, a table with a position, a contribution, a
 * task owned by committee X and the member's notification that it is overdue), meeting B with a guest of its own, committee X with a speaker and a
 * member, a budget editor and an admin, a region with a budget and a custom service area; plus builders for throwaway targets (what a refused
 * operation would change is built anew for every cell).
 */
export async function buildMatrixFixture(server: TestServer) {
  const admin = await signInAs(server, 'admin', { name: 'Admin' });
  const users = {
    participant: await signInAs(server, 'user', { name: 'Teilnehmerin' }),
    member: await signInAs(server, 'user', { name: 'Mitglied' }),
    speaker: await signInAs(server, 'user', { name: 'Sprecherin' }),
    facilitator: await signInAs(server, 'user', { name: 'Moderatorin' }),
    budgetEditor: await signInAs(server, 'user', { name: 'Haushalt', grants: [Grant.BUDGET_EDITOR] }),
    bystander: await signInAs(server, 'user', { name: 'Unbeteiligt' }),
  };
  const committee = await buildCommittee(admin, { name: 'AG X' });
  const addMember = (personId: string, role: string) =>
    ok(admin, `mutation ($input: AddMembershipInput!) { addMembership(input: $input) { id } }`, {
      input: { committeeId: committee.id, personId, role },
    });
  await addMember(users.member.user.personId, 'MEMBER');
  await addMember(users.speaker.user.personId, 'SPEAKER');

  const meetingA = await buildMeeting(admin, { title: 'Sitzung A' });
  const meetingB = await buildMeeting(admin, { title: 'Sitzung B' });
  const setRole = (meetingId: string, personId: string, role: 'FACILITATOR' | 'PARTICIPANT') =>
    setMeetingRole(admin, meetingId, personId, role);
  await setRole(meetingA.id, users.facilitator.user.personId, 'FACILITATOR');
  await setRole(meetingA.id, users.participant.user.personId, 'PARTICIPANT');
  const openJoinOf = (meetingId: string) => openJoin(admin, meetingId);
  const codeB = await openJoinOf(meetingB.id);
  const table = await buildTable(users.facilitator, meetingA.id);
  const position = await buildPosition(users.facilitator, table.id, 'Gemeinsame Ziele');
  const contribution = (
    await ok(admin, `mutation ($input: CreateContributionInput!) { createContribution(input: $input) { id } }`, {
      input: { meetingId: meetingA.id, title: 'Beitrag', speakerName: 'Jemand' },
    })
  ).createContribution as { id: string };
  const createTask = async () =>
    (
      await ok(admin, `mutation ($input: CreateTaskInput!) { createTask(input: $input) { id } }`, {
        input: { meetingId: meetingA.id, ownerId: committee.id, items: ['Positionierung'], dueLabel: 'Dezember 2012' },
      })
    ).createTask.id as string;

  // A step of committee X that is overdue (Dezember 2012): the deadline job notifies X's members.
  await createTask();
  const notified = await server.app.jobs.deadlines.run();
  const memberNotification = notified.find((n) => n.person.id === users.member.user.personId)!.id;
  const region = await buildRegion(server, 'Region X');
  /** Creates a budget record as admin through its mutation (`setBudgetFigure` takes a SetBudgetFigureInput) and returns its id. */
  const budgetRecord = async (mutation: string, input: Record<string, unknown>) =>
    (
      await ok(
        admin,
        `mutation ($input: ${mutation[0]!.toUpperCase()}${mutation.slice(1)}Input!) { ${mutation}(input: $input) { id } }`,
        { input },
      )
    )[mutation].id as string;
  const serviceArea = async () =>
    budgetRecord('createServiceArea', { code: uniqueAreaCode(), name: 'Familienzentren' });
  const budget = async () => budgetRecord('createBudget', { name: 'Sozialraumbudget X', regionIds: [region.id] });
  const budgets = { area: await serviceArea(), budget: await budget() };

  const sessions: Record<Role, GqlClient> = {
    anonymous: server,
    guestOfB: await joinAsGuest(server, codeB, 'Gast aus B'),
    guest: await joinAsGuest(server, await openJoinOf(meetingA.id), 'Gast aus A'),
    participant: users.participant,
    member: users.member,
    speaker: users.speaker,
    facilitator: users.facilitator,
    budgetEditor: users.budgetEditor,
    admin,
  };

  /** A new session of the same role, for operations that use theirs up (signing out). */
  const freshSession = async (role: Role): Promise<GqlClient> => {
    if (role === 'anonymous') return server;
    if (role === 'guest' || role === 'guestOfB')
      return joinAsGuest(server, await openJoinOf(role === 'guest' ? meetingA.id : meetingB.id));
    const holder = role === 'admin' ? admin : users[role];
    return signIn(server, holder.user.email, TEST_PASSWORD);
  };

  const freshPerson = async () =>
    (
      await ok(
        admin,
        `mutation ($input: InviteAccountInput!) { inviteAccount(input: $input) { account { person { id } } } }`,
        {
          input: { email: `${randomUUID()}@test.example`, name: 'Neue Person' },
        },
      )
    ).inviteAccount.account.person.id as string;

  return {
    server,
    admin,
    users,
    sessions,
    freshSession,
    meetingA,
    meetingB,
    committee,
    table,
    position,
    contribution,
    memberNotification,
    region,
    budgets,
    build: {
      person: freshPerson,
      committee: async () => (await buildCommittee(admin, { name: `AG ${randomUUID()}` })).id,
      membership: async () => (await addMember(await freshPerson(), 'MEMBER')).addMembership.id as string,
      meetingOfFacilitator: async () => {
        const meeting = await buildMeeting(admin, { title: 'Wegwerfsitzung' });
        await setRole(meeting.id, users.facilitator.user.personId, 'FACILITATOR');
        return meeting.id;
      },
      meetingRole: async () => (await setRole(meetingA.id, await freshPerson(), 'PARTICIPANT')).id,
      invitation: async () =>
        (
          await ok(admin, `mutation ($input: InviteInput!) { invite(input: $input) { id } }`, {
            input: {
              meetingId: meetingA.id,
              inviteeId: (await buildCommittee(admin, { name: `Gast-AG ${randomUUID()}` })).id,
            },
          })
        ).invite.id as string,
      attendee: async () =>
        (
          await ok(admin, `mutation ($input: AddAttendeeInput!) { addAttendee(input: $input) { id } }`, {
            input: { meetingId: meetingA.id, name: 'Wegwerfanwesende' },
          })
        ).addAttendee.id as string,
      meetingTemplate: async () =>
        (
          await ok(admin, `mutation ($input: MeetingTemplateInput!) { createMeetingTemplate(input: $input) { id } }`, {
            input: { name: 'Wegwerfvorlage', structure: { phases: [], tables: [], agenda: [] } },
          })
        ).createMeetingTemplate.id as string,
      contribution: async () =>
        (
          await ok(admin, `mutation ($input: CreateContributionInput!) { createContribution(input: $input) { id } }`, {
            input: { meetingId: meetingA.id, title: 'Wegwerfbeitrag', speakerName: 'Jemand' },
          })
        ).createContribution.id as string,
      table: async () => (await buildTable(admin, meetingA.id, { title: 'Wegwerftisch' })).id,
      /** An overdue step for every signed-in person, and the deadline job run: each gets a notification. */
      dueStepsForEveryone: async () => {
        for (const client of [admin, ...Object.values(users)]) {
          await ok(admin, `mutation ($input: CreateTaskInput!) { createTask(input: $input) { id } }`, {
            input: {
              meetingId: meetingA.id,
              ownerId: client.user.personId,
              items: ['Rückmeldung'],
              dueLabel: 'Dezember 2012',
            },
          });
        }
        return server.app.jobs.deadlines.run();
      },
      position: async () => (await buildPosition(users.facilitator, table.id, 'Wegwerfpunkt')).id,
      /** A position the facilitator wrote and deleted just now, for restorePosition. */
      deletedPosition: async () => {
        const { id } = await buildPosition(users.facilitator, table.id, 'Gelöschter Punkt');
        await ok(users.facilitator, `mutation ($id: ID!) { deletePosition(id: $id) }`, { id });
        return id;
      },
      realisationPosition: async () => {
        const realisation = await buildTable(admin, meetingA.id, {
          kind: 'REALISATION',
          title: 'Konkretion – Realisierung',
        });
        return (await buildPosition(admin, realisation.id, 'Kennzahlen abstimmen')).id;
      },
      /** A Yjs update that inserts `text` into a position, as a co-editing client sends it. */
      yjsInsert: (text: string) => {
        const doc = new Y.Doc();
        doc.getText('text').insert(0, text);
        return Buffer.from(Y.encodeStateAsUpdate(doc)).toString('base64');
      },
      task: createTask,
      protocolSection: async () =>
        (
          await ok(
            admin,
            `mutation ($input: CreateProtocolSectionInput!) { createProtocolSection(input: $input) { id } }`,
            {
              input: { meetingId: meetingA.id, title: 'Wegwerfabschnitt', body: 'Text' },
            },
          )
        ).createProtocolSection.id as string,
      calendarFeed: async () =>
        (
          await ok(admin, `mutation ($ownerId: ID!) { createCalendarFeed(ownerId: $ownerId) { feed { id } } }`, {
            ownerId: committee.id,
          })
        ).createCalendarFeed.feed.id as string,
      guest: async () =>
        (
          await ok(
            server,
            `mutation ($input: JoinMeetingInput!) { joinMeeting(input: $input) { me { guest { id } } } }`,
            {
              input: { code: await openJoinOf(meetingA.id), displayName: 'Wegwerfgast' },
            },
          )
        ).joinMeeting.me.guest.id as string,
      joinCodeOfA: () => openJoinOf(meetingA.id),
      invitationToken: async () =>
        (
          await ok(admin, `mutation ($input: InviteAccountInput!) { inviteAccount(input: $input) { token } }`, {
            input: { email: `${randomUUID()}@test.example`, name: 'Eingeladene Person' },
          })
        ).inviteAccount.token as string,
      budgetFigure: () =>
        budgetRecord('setBudgetFigure', { regionId: region.id, year: 2012, kind: 'PLAN', amountCents: 100 }),
      caseStatistics: () => budgetRecord('setCaseStatistics', { regionId: region.id, year: 2012, cases: 4 }),
      providerFunding: () =>
        budgetRecord('setProviderFunding', { regionId: region.id, year: 2012, fundedPositionsMin: 9 }),
      serviceArea,
      budget,
      region: async () => (await buildRegion(server, `Wegwerfregion ${randomUUID()}`)).id,
      bystanderSession: async () => {
        const client: SessionClient = await signIn(server, users.bystander.user.email);
        return (await ok(client, `{ sessions { id current } }`)).sessions.find((s: any) => s.current).id as string;
      },
    },
  };
}

export type MatrixFixture = Awaited<ReturnType<typeof buildMatrixFixture>>;
