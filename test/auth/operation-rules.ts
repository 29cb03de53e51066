import { randomUUID } from 'node:crypto';
import type { MatrixFixture, Role } from './matrix-fixture';
import { ROLES, uniqueAreaCode } from './matrix-fixture';

/**
 * Who each rule of the policies lets through, for the matrix fixture (meeting A, committee X).
 * The same table, in words, is README's "Roles and rules"; the policies in server/<feature>/*.policy.ts
 * implement it.
 */
export const RULES = {
  /** Sign in, sign out, join, accept an invitation. */
  public: [...ROLES],
  /** meeting.create: members of any committee, facilitators of any meeting (and admins). */
  'meeting.create': ['member', 'speaker', 'facilitator', 'admin'],
  /** meeting.manage: the meeting's facilitators: details, invitations, programme, tables, roles, join code, guests, tasks. */
  'meeting.manage': ['facilitator', 'admin'],
  /** position.create / position.edit: participants of the open meeting, its guests included. */
  'position.write': ['guest', 'participant', 'facilitator', 'admin'],
  /** meeting.read: its participants, guests who joined it included (live events). */
  'meeting.read': ['guest', 'participant', 'facilitator', 'admin'],
  /** writesIn a meeting: its participants while it is open, guests included (choosing a table, dots). */
  'meeting.writeIn': ['guest', 'participant', 'facilitator', 'admin'],
  /** position.arrange: rank, table, place, merging and separating: the meeting's facilitators. */
  'position.arrange': ['facilitator', 'admin'],
  /** position.delete (and restorePosition) of someone else's position (authors delete and restore their own; see test/tables). */
  'position.delete': ['facilitator', 'admin'],
  /** position.hide: hide a card for moderation and show it again: the meeting's facilitators. */
  'position.hide': ['facilitator', 'admin'],
  /** meetingTemplate.manage: add, change, remove the templates meetings start from. */
  'meetingTemplate.manage': ['admin'],
  /** committee.manage: create, change, delete committees. */
  'committee.manage': ['admin'],
  /** committee.manageMembers: the committee's speakers and coordinators. */
  'committee.manageMembers': ['speaker', 'admin'],
  /** account.manage: invite and change accounts. */
  'account.manage': ['admin'],
  /** account.session of someone else's session (one's own: anyone signed in; see test/auth). */
  'account.session': ['admin'],
  /** Anyone with a session, guests included (their own inbox, which for guests is empty). */
  signedIn: ROLES.filter((role) => role !== 'anonymous'),
  /** Everyone signed in with an account (a person), not guests: notifications are a person's. */
  person: ROLES.filter((role) => !['anonymous', 'guest', 'guestOfB'].includes(role)),
  /** protocol.edit: the meeting's facilitators: free-text sections, publishing. */
  'protocol.edit': ['facilitator', 'admin'],
  /** task.progress of a step of meeting A owned by committee X: its owners (X's members) and the meeting's facilitators. */
  'task.progress': ['member', 'speaker', 'facilitator', 'admin'],
  /** notification.mark of the member's notification: its recipient only, not even admins. */
  'notification.mark': ['member'],
  /** calendarFeed.manage of committee X's feeds: its speakers and coordinators (a person's own: see test/calendars). */
  'calendarFeed.manage': ['speaker', 'admin'],
  /** budget.read: members of any committee and BUDGET_EDITOR grant holders (and admins); meeting roles give none. */
  'budget.read': ['member', 'speaker', 'budgetEditor', 'admin'],
  /** task.read of the step of meeting A owned by committee X: the meeting's participants (guests included) and X's members. */
  'task.read': ['guest', 'participant', 'member', 'speaker', 'facilitator', 'admin'],
  /** budget.write: admins and BUDGET_EDITOR grant holders. */
  'budget.write': ['budgetEditor', 'admin'],
  /** region.manage: create, change, delete regions: those who keep figures by region, BUDGET_EDITOR grant holders, and admins. */
  'region.manage': ['budgetEditor', 'admin'],
} satisfies Record<string, readonly Role[]>;

export type RuleName = keyof typeof RULES;

export interface OperationRequest {
  query: string;
  variables?: Record<string, unknown>;
}

export interface OperationRule {
  rule: RuleName;
  /** Builds the request for one cell; may first create a throwaway target (as admin). */
  request: (f: MatrixFixture) => Promise<OperationRequest> | OperationRequest;
  /** The operation ends the session it runs in: the cell gets a fresh session of its role. */
  endsSession?: boolean;
  /** For subscriptions: what makes an event happen once subscribed. */
  trigger?: (f: MatrixFixture) => Promise<unknown>;
}

const id = async (build: () => Promise<string>) => ({ id: await build() });

/** A meeting template as an admin writes one. */
export const TEMPLATE = {
  name: 'Klausur',
  structure: { phases: ['COLLECT', 'VOTE'], tables: [{ kind: 'CUSTOM', title: 'Themen' }], agenda: [] },
};

/** Runs a live-workshop mutation as admin to put meeting A into the state a cell needs (a phase, a running timer). */
async function prepare(f: MatrixFixture, query: string, variables: Record<string, unknown> = {}) {
  const { errors } = await f.admin.gql(query, { m: f.meetingA.id, ...variables });
  if (errors) throw new Error(`${query}: ${JSON.stringify(errors)}`);
}

const SET_PHASE = `mutation ($m: ID!, $phase: WorkshopPhase!) { setPhase(meetingId: $m, phase: $phase) { phase } }`;
const START_TIMER = `mutation ($m: ID!) { startTimer(meetingId: $m, seconds: 300) { phase } }`;
const MERGE = `mutation ($g: ID!, $ids: [ID!]!) { mergePositions(groupId: $g, positionIds: $ids) { id } }`;

/** A live-workshop mutation on meeting A: `meetingId: $m` in the query. */
const onMeetingA = (query: string) => (f: MatrixFixture) => ({ query, variables: { m: f.meetingA.id } });

/**
 * Every mutation and subscription of the schema with the rule it is asked under. The matrix test
 * fails for an operation missing here, so a new operation comes with its rule.
 */
export const OPERATIONS: Record<string, OperationRule> = {
  signIn: {
    rule: 'public',
    request: (f) => ({
      query: `mutation ($input: SignInInput!) { signIn(input: $input) { token } }`,
      variables: { input: { email: f.users.bystander.user.email, password: 'richtig-geheim-123' } },
    }),
  },
  signOut: { rule: 'public', endsSession: true, request: () => ({ query: `mutation { signOut }` }) },
  joinMeeting: {
    rule: 'public',
    request: async (f) => ({
      query: `mutation ($input: JoinMeetingInput!) { joinMeeting(input: $input) { token } }`,
      variables: { input: { code: await f.build.joinCodeOfA(), displayName: 'Neuer Gast' } },
    }),
  },
  acceptAccountInvitation: {
    rule: 'public',
    request: async (f) => ({
      query: `mutation ($input: AcceptAccountInvitationInput!) { acceptAccountInvitation(input: $input) { token } }`,
      variables: { input: { token: await f.build.invitationToken(), password: 'ein-neues-passwort' } },
    }),
  },
  inviteAccount: {
    rule: 'account.manage',
    request: () => ({
      query: `mutation ($input: InviteAccountInput!) { inviteAccount(input: $input) { token } }`,
      variables: { input: { email: `${randomUUID()}@test.example`, name: 'Eingeladen' } },
    }),
  },
  updateAccount: {
    rule: 'account.manage',
    request: (f) => ({
      query: `mutation ($id: ID!) { updateAccount(id: $id, input: { grants: [] }) { id } }`,
      variables: { id: f.users.bystander.user.accountId },
    }),
  },
  revokeSession: {
    rule: 'account.session',
    request: async (f) => ({
      query: `mutation ($id: ID!) { revokeSession(id: $id) { id } }`,
      variables: await id(f.build.bystanderSession),
    }),
  },
  createMeeting: {
    rule: 'meeting.create',
    request: () => ({
      query: `mutation ($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }`,
      variables: { input: { title: 'Neue Sitzung', startsAt: '2026-12-01T09:00:00Z' } },
    }),
  },
  updateMeeting: {
    rule: 'meeting.manage',
    request: (f) => ({
      query: `mutation ($id: ID!) { updateMeeting(id: $id, input: { place: "Rathaus" }) { id } }`,
      variables: { id: f.meetingA.id },
    }),
  },
  deleteMeeting: {
    rule: 'meeting.manage',
    request: async (f) => ({
      query: `mutation ($id: ID!) { deleteMeeting(id: $id) }`,
      variables: await id(f.build.meetingOfFacilitator),
    }),
  },
  invite: {
    rule: 'meeting.manage',
    request: async (f) => ({
      query: `mutation ($input: InviteInput!) { invite(input: $input) { id } }`,
      variables: { input: { meetingId: f.meetingA.id, inviteeId: await f.build.committee() } },
    }),
  },
  removeInvitation: {
    rule: 'meeting.manage',
    request: async (f) => ({
      query: `mutation ($id: ID!) { removeInvitation(id: $id) }`,
      variables: await id(f.build.invitation),
    }),
  },
  setMeetingRole: {
    rule: 'meeting.manage',
    request: async (f) => ({
      query: `mutation ($input: SetMeetingRoleInput!) { setMeetingRole(input: $input) { id } }`,
      variables: { input: { meetingId: f.meetingA.id, personId: await f.build.person(), role: 'PARTICIPANT' } },
    }),
  },
  removeMeetingRole: {
    rule: 'meeting.manage',
    request: async (f) => ({
      query: `mutation ($id: ID!) { removeMeetingRole(id: $id) }`,
      variables: await id(f.build.meetingRole),
    }),
  },
  addAttendee: {
    rule: 'meeting.manage',
    request: (f) => ({
      query: `mutation ($input: AddAttendeeInput!) { addAttendee(input: $input) { id } }`,
      variables: { input: { meetingId: f.meetingA.id, name: 'Auf Papier', organizationName: 'Träger X' } },
    }),
  },
  updateAttendee: {
    rule: 'meeting.manage',
    request: async (f) => ({
      query: `mutation ($id: ID!) { updateAttendee(id: $id, input: { present: false }) { id } }`,
      variables: await id(f.build.attendee),
    }),
  },
  removeAttendee: {
    rule: 'meeting.manage',
    request: async (f) => ({
      query: `mutation ($id: ID!) { removeAttendee(id: $id) }`,
      variables: await id(f.build.attendee),
    }),
  },
  createMeetingTemplate: {
    rule: 'meetingTemplate.manage',
    request: () => ({
      query: `mutation ($input: MeetingTemplateInput!) { createMeetingTemplate(input: $input) { id } }`,
      variables: { input: TEMPLATE },
    }),
  },
  updateMeetingTemplate: {
    rule: 'meetingTemplate.manage',
    request: async (f) => ({
      query: `mutation ($id: ID!, $input: MeetingTemplateInput!) { updateMeetingTemplate(id: $id, input: $input) { id } }`,
      variables: { ...(await id(f.build.meetingTemplate)), input: { ...TEMPLATE, name: 'Klausur, geändert' } },
    }),
  },
  deleteMeetingTemplate: {
    rule: 'meetingTemplate.manage',
    request: async (f) => ({
      query: `mutation ($id: ID!) { deleteMeetingTemplate(id: $id) }`,
      variables: await id(f.build.meetingTemplate),
    }),
  },
  openMeetingJoin: {
    rule: 'meeting.manage',
    request: (f) => ({
      query: `mutation ($id: ID!) { openMeetingJoin(meetingId: $id) { joinOpen } }`,
      variables: { id: f.meetingA.id },
    }),
  },
  closeMeetingJoin: {
    rule: 'meeting.manage',
    request: (f) => ({
      query: `mutation ($id: ID!) { closeMeetingJoin(meetingId: $id) { joinOpen } }`,
      variables: { id: f.meetingA.id },
    }),
  },
  removeGuest: {
    rule: 'meeting.manage',
    request: async (f) => ({
      query: `mutation ($id: ID!) { removeGuest(id: $id) }`,
      variables: await id(f.build.guest),
    }),
  },
  createContribution: {
    rule: 'meeting.manage',
    request: (f) => ({
      query: `mutation ($input: CreateContributionInput!) { createContribution(input: $input) { id } }`,
      variables: { input: { meetingId: f.meetingA.id, title: 'Vortrag', speakerName: 'Jemand' } },
    }),
  },
  updateContribution: {
    rule: 'meeting.manage',
    request: (f) => ({
      query: `mutation ($id: ID!) { updateContribution(id: $id, input: { summary: "Kurzfassung" }) { id } }`,
      variables: { id: f.contribution.id },
    }),
  },
  deleteContribution: {
    rule: 'meeting.manage',
    request: async (f) => ({
      query: `mutation ($id: ID!) { deleteContribution(id: $id) }`,
      variables: await id(f.build.contribution),
    }),
  },
  createWorkingTable: {
    rule: 'meeting.manage',
    request: (f) => ({
      query: `mutation ($input: CreateWorkingTableInput!) { createWorkingTable(input: $input) { id } }`,
      variables: { input: { meetingId: f.meetingA.id, kind: 'CUSTOM', title: 'Weiterer Tisch' } },
    }),
  },
  updateWorkingTable: {
    rule: 'meeting.manage',
    request: (f) => ({
      query: `mutation ($id: ID!) { updateWorkingTable(id: $id, input: { title: "Chancen!" }) { id } }`,
      variables: { id: f.table.id },
    }),
  },
  deleteWorkingTable: {
    rule: 'meeting.manage',
    request: async (f) => ({
      query: `mutation ($id: ID!) { deleteWorkingTable(id: $id) }`,
      variables: await id(f.build.table),
    }),
  },
  createPosition: {
    rule: 'position.write',
    request: (f) => ({
      query: `mutation ($input: CreatePositionInput!) { createPosition(input: $input) { id } }`,
      variables: { input: { tableId: f.table.id, text: 'Neuer Punkt' } },
    }),
  },
  updatePosition: {
    rule: 'position.write',
    request: (f) => ({
      query: `mutation ($id: ID!) { updatePosition(id: $id, input: { text: "Gemeinsame Ziele!" }) { id } }`,
      variables: { id: f.position.id },
    }),
  },
  deletePosition: {
    rule: 'position.delete',
    request: async (f) => ({
      query: `mutation ($id: ID!) { deletePosition(id: $id) }`,
      variables: await id(f.build.position),
    }),
  },
  restorePosition: {
    rule: 'position.delete',
    request: async (f) => ({
      query: `mutation ($id: ID!) { restorePosition(id: $id) { id } }`,
      variables: await id(f.build.deletedPosition),
    }),
  },
  setPositionHidden: {
    rule: 'position.hide',
    request: async (f) => ({
      query: `mutation ($id: ID!) { setPositionHidden(id: $id, hidden: true) { id } }`,
      variables: await id(f.build.position),
    }),
  },
  createTask: {
    rule: 'meeting.manage',
    request: (f) => ({
      query: `mutation ($input: CreateTaskInput!) { createTask(input: $input) { id } }`,
      variables: { input: { meetingId: f.meetingA.id, ownerId: f.committee.id, items: ['Benennung Personen für AG'] } },
    }),
  },
  updateTask: {
    rule: 'meeting.manage',
    request: async (f) => ({
      query: `mutation ($id: ID!) { updateTask(id: $id, input: { items: ["Positionierung", "Benennung"] }) { id } }`,
      variables: await id(f.build.task),
    }),
  },
  deleteTask: {
    rule: 'meeting.manage',
    request: async (f) => ({ query: `mutation ($id: ID!) { deleteTask(id: $id) }`, variables: await id(f.build.task) }),
  },
  addTaskProgress: {
    rule: 'task.progress',
    request: async (f) => ({
      query: `mutation ($id: ID!) { addTaskProgress(taskId: $id, text: "Entwurf liegt vor") { id } }`,
      variables: await id(f.build.task),
    }),
  },
  createProtocolSection: {
    rule: 'protocol.edit',
    request: (f) => ({
      query: `mutation ($input: CreateProtocolSectionInput!) { createProtocolSection(input: $input) { id } }`,
      variables: { input: { meetingId: f.meetingA.id, title: 'Diskussion', body: 'Lebhaft.' } },
    }),
  },
  updateProtocolSection: {
    rule: 'protocol.edit',
    request: async (f) => ({
      query: `mutation ($id: ID!) { updateProtocolSection(id: $id, input: { body: "Sehr lebhaft." }) { id } }`,
      variables: await id(f.build.protocolSection),
    }),
  },
  deleteProtocolSection: {
    rule: 'protocol.edit',
    request: async (f) => ({
      query: `mutation ($id: ID!) { deleteProtocolSection(id: $id) }`,
      variables: await id(f.build.protocolSection),
    }),
  },
  publishProtocol: {
    rule: 'protocol.edit',
    request: (f) => ({
      query: `mutation ($id: ID!) { publishProtocol(meetingId: $id) { number } }`,
      variables: { id: f.meetingA.id },
    }),
  },
  importProtocol: {
    rule: 'meeting.create',
    request: () => ({
      query: `mutation ($draft: ProtocolDraftInput) { importProtocol(draft: $draft) { id } }`,
      variables: { draft: { title: 'Importierte Sitzung', date: '2012-10-19', workingTables: [], tasks: [] } },
    }),
  },
  markNotificationRead: {
    rule: 'notification.mark',
    request: (f) => ({
      query: `mutation ($id: ID!) { markNotificationRead(id: $id) { id } }`,
      variables: { id: f.memberNotification },
    }),
  },
  markAllNotificationsRead: { rule: 'signedIn', request: () => ({ query: `mutation { markAllNotificationsRead }` }) },
  createCalendarFeed: {
    rule: 'calendarFeed.manage',
    request: (f) => ({
      query: `mutation ($ownerId: ID!) { createCalendarFeed(ownerId: $ownerId, label: "Handy") { path } }`,
      variables: { ownerId: f.committee.id },
    }),
  },
  rotateCalendarFeedToken: {
    rule: 'calendarFeed.manage',
    request: async (f) => ({
      query: `mutation ($id: ID!) { rotateCalendarFeedToken(id: $id) { path } }`,
      variables: await id(f.build.calendarFeed),
    }),
  },
  revokeCalendarFeed: {
    rule: 'calendarFeed.manage',
    request: async (f) => ({
      query: `mutation ($id: ID!) { revokeCalendarFeed(id: $id) }`,
      variables: await id(f.build.calendarFeed),
    }),
  },
  createCommittee: {
    rule: 'committee.manage',
    request: () => ({
      query: `mutation ($input: CreateCommitteeInput!) { createCommittee(input: $input) { id } }`,
      variables: { input: { name: `AG ${randomUUID()}`, kind: 'WORKING_GROUP' } },
    }),
  },
  updateCommittee: {
    rule: 'committee.manageMembers',
    request: (f) => ({
      query: `mutation ($id: ID!) { updateCommittee(id: $id, input: { description: "Regionale AG" }) { id } }`,
      variables: { id: f.committee.id },
    }),
  },
  deleteCommittee: {
    rule: 'committee.manage',
    request: async (f) => ({
      query: `mutation ($id: ID!) { deleteCommittee(id: $id) }`,
      variables: await id(f.build.committee),
    }),
  },
  addMembership: {
    rule: 'committee.manageMembers',
    request: async (f) => ({
      query: `mutation ($input: AddMembershipInput!) { addMembership(input: $input) { id } }`,
      variables: { input: { committeeId: f.committee.id, personId: await f.build.person(), role: 'MEMBER' } },
    }),
  },
  updateMembership: {
    rule: 'committee.manageMembers',
    request: async (f) => ({
      query: `mutation ($id: ID!) { updateMembership(id: $id, input: { role: GUEST }) { id } }`,
      variables: await id(f.build.membership),
    }),
  },
  removeMembership: {
    rule: 'committee.manageMembers',
    request: async (f) => ({
      query: `mutation ($id: ID!) { removeMembership(id: $id) }`,
      variables: await id(f.build.membership),
    }),
  },
  setBudgetFigure: {
    rule: 'budget.write',
    request: (f) => ({
      query: `mutation ($input: SetBudgetFigureInput!) { setBudgetFigure(input: $input) { id } }`,
      variables: { input: { regionId: f.region.id, year: 2011, kind: 'ACTUAL', amountCents: 1_950_000_000 } },
    }),
  },
  deleteBudgetFigure: {
    rule: 'budget.write',
    request: async (f) => ({
      query: `mutation ($id: ID!) { deleteBudgetFigure(id: $id) }`,
      variables: await id(f.build.budgetFigure),
    }),
  },
  setCaseStatistics: {
    rule: 'budget.write',
    request: (f) => ({
      query: `mutation ($input: SetCaseStatisticsInput!) { setCaseStatistics(input: $input) { id } }`,
      variables: { input: { regionId: f.region.id, year: 2011, cases: 120 } },
    }),
  },
  deleteCaseStatistics: {
    rule: 'budget.write',
    request: async (f) => ({
      query: `mutation ($id: ID!) { deleteCaseStatistics(id: $id) }`,
      variables: await id(f.build.caseStatistics),
    }),
  },
  setProviderFunding: {
    rule: 'budget.write',
    request: (f) => ({
      query: `mutation ($input: SetProviderFundingInput!) { setProviderFunding(input: $input) { id } }`,
      variables: { input: { regionId: f.region.id, year: 2011, providerBudgetShareBasisPoints: 2200 } },
    }),
  },
  deleteProviderFunding: {
    rule: 'budget.write',
    request: async (f) => ({
      query: `mutation ($id: ID!) { deleteProviderFunding(id: $id) }`,
      variables: await id(f.build.providerFunding),
    }),
  },
  createServiceArea: {
    rule: 'budget.write',
    request: () => ({
      query: `mutation ($input: CreateServiceAreaInput!) { createServiceArea(input: $input) { id } }`,
      variables: { input: { code: uniqueAreaCode(), name: 'Familienzentren' } },
    }),
  },
  updateServiceArea: {
    rule: 'budget.write',
    request: (f) => ({
      query: `mutation ($id: ID!) { updateServiceArea(id: $id, input: { name: "Familienzentren (neu)" }) { id } }`,
      variables: { id: f.budgets.area },
    }),
  },
  deleteServiceArea: {
    rule: 'budget.write',
    request: async (f) => ({
      query: `mutation ($id: ID!) { deleteServiceArea(id: $id) }`,
      variables: await id(f.build.serviceArea),
    }),
  },
  createBudget: {
    rule: 'budget.write',
    request: (f) => ({
      query: `mutation ($input: CreateBudgetInput!) { createBudget(input: $input) { id } }`,
      variables: { input: { name: 'Sozialraumbudget', regionIds: [f.region.id] } },
    }),
  },
  updateBudget: {
    rule: 'budget.write',
    request: (f) => ({
      query: `mutation ($id: ID!) { updateBudget(id: $id, input: { description: "Gepoolt" }) { id } }`,
      variables: { id: f.budgets.budget },
    }),
  },
  createRegion: {
    rule: 'region.manage',
    request: () => ({
      query: `mutation ($input: CreateRegionInput!) { createRegion(input: $input) { id } }`,
      variables: { input: { name: `Region ${randomUUID()}`, kind: 'SOCIAL_SPACE' } },
    }),
  },
  updateRegion: {
    rule: 'region.manage',
    request: async (f) => ({
      query: `mutation ($id: ID!) { updateRegion(id: $id, input: { kind: DISTRICT }) { id } }`,
      variables: await id(f.build.region),
    }),
  },
  deleteRegion: {
    rule: 'region.manage',
    request: async (f) => ({
      query: `mutation ($id: ID!) { deleteRegion(id: $id) }`,
      variables: await id(f.build.region),
    }),
  },
  deleteBudget: {
    rule: 'budget.write',
    request: async (f) => ({
      query: `mutation ($id: ID!) { deleteBudget(id: $id) }`,
      variables: await id(f.build.budget),
    }),
  },
  applyPositionEdit: {
    rule: 'position.write',
    request: async (f) => ({
      query: `mutation ($id: ID!, $u: String!) { applyPositionEdit(positionId: $id, update: $u) { textVersion } }`,
      variables: { id: await f.build.position(), u: f.build.yjsInsert(' ergänzt') },
    }),
  },
  chooseTable: {
    rule: 'meeting.writeIn',
    request: (f) => ({
      query: `mutation ($m: ID!, $t: ID) { chooseTable(meetingId: $m, tableId: $t) { tableId } }`,
      variables: { m: f.meetingA.id, t: f.table.id },
    }),
  },
  castVotes: {
    rule: 'meeting.writeIn',
    request: async (f) => {
      await prepare(f, SET_PHASE, { phase: 'VOTE' });
      return {
        query: `mutation ($p: ID!) { castVotes(positionId: $p, dots: 1) { used } }`,
        variables: { p: f.position.id },
      };
    },
  },
  setPhase: {
    rule: 'meeting.manage',
    request: onMeetingA(`mutation ($m: ID!) { setPhase(meetingId: $m, phase: COLLECT) { phase } }`),
  },
  startTimer: {
    rule: 'meeting.manage',
    request: onMeetingA(`mutation ($m: ID!) { startTimer(meetingId: $m, seconds: 60) { phase } }`),
  },
  pauseTimer: {
    rule: 'meeting.manage',
    request: async (f) => {
      await prepare(f, START_TIMER);
      return onMeetingA(`mutation ($m: ID!) { pauseTimer(meetingId: $m) { phase } }`)(f);
    },
  },
  resumeTimer: {
    rule: 'meeting.manage',
    request: async (f) => {
      await prepare(f, START_TIMER);
      await prepare(f, `mutation ($m: ID!) { pauseTimer(meetingId: $m) { phase } }`);
      return onMeetingA(`mutation ($m: ID!) { resumeTimer(meetingId: $m) { phase } }`)(f);
    },
  },
  stopTimer: {
    rule: 'meeting.manage',
    request: onMeetingA(`mutation ($m: ID!) { stopTimer(meetingId: $m) { phase } }`),
  },
  setSpotlight: {
    rule: 'meeting.manage',
    request: (f) => ({
      query: `mutation ($m: ID!, $p: ID) { setSpotlight(meetingId: $m, positionId: $p) { phase } }`,
      variables: { m: f.meetingA.id, p: f.position.id },
    }),
  },
  setVoteVisibility: {
    rule: 'meeting.manage',
    request: onMeetingA(`mutation ($m: ID!) { setVoteVisibility(meetingId: $m, hidden: true) { votesHidden } }`),
  },
  setTableLocked: {
    rule: 'meeting.manage',
    request: (f) => ({
      query: `mutation ($t: ID!) { setTableLocked(tableId: $t, locked: false) { locked } }`,
      variables: { t: f.table.id },
    }),
  },
  setVoteBudget: {
    rule: 'meeting.manage',
    request: (f) => ({
      query: `mutation ($t: ID!) { setVoteBudget(tableId: $t, dots: 5) { voteBudget } }`,
      variables: { t: f.table.id },
    }),
  },
  confirmTopFive: {
    rule: 'meeting.manage',
    request: async (f) => {
      await prepare(f, SET_PHASE, { phase: 'PRIORITISE' });
      return {
        query: `mutation ($t: ID!, $ids: [ID!]!) { confirmTopFive(tableId: $t, positionIds: $ids) { id } }`,
        variables: { t: f.table.id, ids: [f.position.id] },
      };
    },
  },
  mergePositions: {
    rule: 'position.arrange',
    request: async (f) => ({
      query: MERGE,
      variables: { g: await f.build.position(), ids: [await f.build.position()] },
    }),
  },
  separatePosition: {
    rule: 'position.arrange',
    request: async (f) => {
      const member = await f.build.position();
      await prepare(f, MERGE, { g: await f.build.position(), ids: [member] });
      return { query: `mutation ($p: ID!) { separatePosition(positionId: $p) { id } }`, variables: { p: member } };
    },
  },
  createTaskFromPosition: {
    rule: 'meeting.manage',
    request: async (f) => ({
      query: `mutation ($input: CreateTaskFromPositionInput!) { createTaskFromPosition(input: $input) { id } }`,
      variables: {
        input: { positionId: await f.build.realisationPosition(), ownerId: f.committee.id, dueLabel: 'Ostern 2013' },
      },
    }),
  },
  meetingEvents: {
    rule: 'meeting.read',
    request: (f) => ({
      query: `subscription ($id: ID!) { meetingEvents(meetingId: $id) { seq } }`,
      variables: { id: f.meetingA.id },
    }),
    trigger: (f) => f.build.table(),
  },
  notificationReceived: {
    rule: 'person',
    request: () => ({ query: `subscription { notificationReceived { id threshold } }` }),
    trigger: (f) => f.build.dueStepsForEveryone(),
  },
  meetingJoins: {
    rule: 'meeting.manage',
    request: (f) => ({
      query: `subscription ($id: ID!) { meetingJoins(meetingId: $id) { guestId displayName } }`,
      variables: { id: f.meetingA.id },
    }),
    trigger: (f) => f.build.guest(),
  },
};
