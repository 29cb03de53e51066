import type { MatrixFixture } from './matrix-fixture';
import { OPERATIONS, RULES, type RuleName } from './operation-rules';

/** Where a capability is read for the matrix fixture: the record it is asked about. */
export type Host = 'viewer' | 'meeting' | 'table' | 'position' | 'task' | 'committee' | 'notification' | 'session';

/**
 * One capability field (`<policy key>.<action>`, as its GraphQL field's `capability` extension
 * names it): where the fixture reads it, and either the mutations it guards, whose rule in
 * operation-rules.ts it must answer by, or, where no mutation asks it, the rule it answers by and why.
 */
export type CapabilityRule = { host: Host; path: string } & (
  | { guards: readonly [string, ...string[]] }
  | { rule: RuleName; because: string }
);

/**
 * Every capability of the schema; the capability spec fails for a field missing here, so a new
 * rule comes with its row, and the row with the mutation rule it must agree with.
 */
export const CAPABILITIES: Record<string, CapabilityRule> = {
  'meeting.create': { host: 'viewer', path: 'meeting.create', guards: ['createMeeting'] },
  'meeting.read': { host: 'meeting', path: 'read', guards: ['meetingEvents'] },
  'meeting.manage': {
    host: 'meeting',
    path: 'manage',
    guards: [
      'updateMeeting',
      'invite',
      'setMeetingRole',
      'createContribution',
      'createWorkingTable',
      'openMeetingJoin',
    ],
  },
  'meetingTemplate.read': {
    host: 'viewer',
    path: 'meetingTemplate.read',
    rule: 'person',
    because: 'a query: everyone with an account picks from the templates',
  },
  'meetingTemplate.manage': {
    host: 'viewer',
    path: 'meetingTemplate.manage',
    guards: ['createMeetingTemplate', 'updateMeetingTemplate', 'deleteMeetingTemplate'],
  },
  'auditLog.read': {
    host: 'viewer',
    path: 'auditLog.read',
    rule: 'person',
    because: 'a query: users may ask, and see what concerns them',
  },
  'auditLog.readMeeting': {
    host: 'meeting',
    path: 'auditLog.readMeeting',
    rule: 'meeting.manage',
    because: "a query: one meeting's trail is its facilitators'",
  },
  'protocol.read': {
    host: 'meeting',
    path: 'protocol.read',
    rule: 'meeting.read',
    because: "queries and downloads: the protocol is read by the meeting's participants",
  },
  'protocol.edit': {
    host: 'meeting',
    path: 'protocol.edit',
    guards: ['createProtocolSection', 'updateProtocolSection', 'deleteProtocolSection', 'publishProtocol'],
  },
  'protocol.import': { host: 'viewer', path: 'protocol.import', guards: ['importProtocol'] },
  'workshop.follow': { host: 'meeting', path: 'workshop.follow', guards: ['meetingEvents'] },
  'workshop.participate': { host: 'meeting', path: 'workshop.participate', guards: ['chooseTable'] },
  'workshop.vote': { host: 'meeting', path: 'workshop.vote', guards: ['castVotes'] },
  'workshop.facilitate': {
    host: 'meeting',
    path: 'workshop.facilitate',
    guards: ['setPhase', 'startTimer', 'setSpotlight', 'setVoteVisibility', 'setTableLocked', 'confirmTopFive'],
  },
  'workshop.createTask': { host: 'meeting', path: 'workshop.createTask', guards: ['createTaskFromPosition'] },
  'workingTable.addPosition': { host: 'table', path: 'addPosition', guards: ['createPosition'] },
  'workingTable.manage': {
    host: 'table',
    path: 'manage',
    guards: ['updateWorkingTable', 'deleteWorkingTable', 'setVoteBudget'],
  },
  'position.edit': { host: 'position', path: 'edit', guards: ['updatePosition', 'applyPositionEdit'] },
  'position.arrange': { host: 'position', path: 'arrange', guards: ['mergePositions', 'separatePosition'] },
  'position.delete': { host: 'position', path: 'delete', guards: ['deletePosition', 'restorePosition'] },
  'position.hide': { host: 'position', path: 'hide', guards: ['setPositionHidden'] },
  'task.create': {
    host: 'viewer',
    path: 'task.create',
    rule: 'person',
    because: "steps at all; createTask also asks task.manage of the step's meeting and owner",
  },
  'task.read': {
    host: 'task',
    path: 'read',
    rule: 'task.read',
    because: "a query: the step's meeting's participants and its owners",
  },
  'task.manage': { host: 'task', path: 'manage', guards: ['updateTask', 'deleteTask'] },
  'task.progress': { host: 'task', path: 'progress', guards: ['addTaskProgress'] },
  'committee.create': { host: 'viewer', path: 'committee.create', guards: ['createCommittee'] },
  'committee.edit': { host: 'committee', path: 'edit', guards: ['updateCommittee'] },
  'committee.manage': { host: 'committee', path: 'manage', guards: ['deleteCommittee'] },
  'committee.manageMembers': {
    host: 'committee',
    path: 'manageMembers',
    guards: ['addMembership', 'updateMembership', 'removeMembership'],
  },
  'calendarFeed.manage': {
    host: 'committee',
    path: 'calendarFeed.manage',
    guards: ['createCalendarFeed', 'rotateCalendarFeedToken', 'revokeCalendarFeed'],
  },
  'notification.mark': { host: 'notification', path: 'mark', guards: ['markNotificationRead'] },
  'budget.read': {
    host: 'viewer',
    path: 'budget.read',
    rule: 'budget.read',
    because: 'queries and the export: members of any committee and budget editors',
  },
  'budget.write': {
    host: 'viewer',
    path: 'budget.write',
    guards: ['setBudgetFigure', 'setCaseStatistics', 'createBudget', 'createServiceArea'],
  },
  'region.manage': { host: 'viewer', path: 'region.manage', guards: ['createRegion', 'updateRegion', 'deleteRegion'] },
  'account.manage': { host: 'viewer', path: 'account.manage', guards: ['inviteAccount', 'updateAccount'] },
  'account.endSession': { host: 'session', path: 'endSession', guards: ['revokeSession'] },
  'directory.read': {
    host: 'viewer',
    path: 'directory.read',
    rule: 'person',
    because: 'queries: people, organisations, committees for signed-in users',
  },
};

/** The rule a capability answers by: that of the mutations it guards (which must share one), or its own. */
export function ruleOf(capability: CapabilityRule): RuleName {
  if ('rule' in capability) return capability.rule;
  const rules = new Set(capability.guards.map((operation) => OPERATIONS[operation]?.rule));
  if (rules.size !== 1 || rules.has(undefined)) {
    throw new Error(`${capability.guards.join(', ')} are asked under different or no rules: ${[...rules].join(', ')}`);
  }
  return [...rules][0] as RuleName;
}

/** Who the rule lets through in the fixture. */
export const allowedBy = (capability: CapabilityRule): readonly string[] => RULES[ruleOf(capability)];

/** A GraphQL selection for dotted paths: `workshop.vote`, `read` → `{ read workshop { vote } }`. */
export function selection(paths: readonly string[]): string {
  const tree = new Map<string, string[]>();
  for (const path of paths) {
    const [head, ...rest] = path.split('.') as [string, ...string[]];
    tree.set(head, [...(tree.get(head) ?? []), ...(rest.length > 0 ? [rest.join('.')] : [])]);
  }
  return `{ ${[...tree].map(([field, inner]) => (inner.length > 0 ? `${field} ${selection(inner)}` : field)).join(' ')} }`;
}

/** The query that reads a host's capabilities in the fixture, and where its `viewerCan` is in the answer. */
export function hostQuery(
  host: Host,
  fields: string,
  f: MatrixFixture,
  taskId: string,
): { query: string; variables: Record<string, unknown>; pick: (data: any) => unknown } {
  const meeting = { id: f.meetingA.id };
  switch (host) {
    case 'viewer':
      return { query: `{ me { viewerCan ${fields} } }`, variables: {}, pick: (data) => data.me?.viewerCan };
    case 'meeting':
      return {
        query: `query ($id: ID!) { meeting(id: $id) { viewerCan ${fields} } }`,
        variables: meeting,
        pick: (data) => data.meeting.viewerCan,
      };
    case 'table':
      return {
        query: `query ($id: ID!) { meeting(id: $id) { workingTables { id viewerCan ${fields} } } }`,
        variables: meeting,
        pick: (data) => data.meeting.workingTables.find((table: any) => table.id === f.table.id)?.viewerCan,
      };
    case 'position':
      return {
        query: `query ($id: ID!) { meeting(id: $id) { workingTables { positions { id viewerCan ${fields} } } } }`,
        variables: meeting,
        pick: (data) =>
          data.meeting.workingTables
            .flatMap((table: any) => table.positions)
            .find((position: any) => position.id === f.position.id)?.viewerCan,
      };
    case 'task':
      return {
        query: `query ($id: ID!) { task(id: $id) { viewerCan ${fields} } }`,
        variables: { id: taskId },
        pick: (data) => data.task.viewerCan,
      };
    case 'committee':
      return {
        query: `query ($id: ID!) { committee(id: $id) { viewerCan ${fields} } }`,
        variables: { id: f.committee.id },
        pick: (data) => data.committee.viewerCan,
      };
    case 'notification':
      return {
        query: `{ notifications { id viewerCan ${fields} } }`,
        variables: {},
        pick: (data) => data.notifications.find((n: any) => n.id === f.memberNotification)?.viewerCan,
      };
    case 'session':
      return {
        query: `query ($accountId: ID) { sessions(accountId: $accountId) { viewerCan ${fields} } }`,
        variables: { accountId: f.users.bystander.user.accountId },
        pick: (data) => data.sessions[0]?.viewerCan,
      };
  }
}
