import type { FilterQuery } from '@mikro-orm/postgresql';
import { definePolicy, signedInUser, viewerRule } from '../auth/authorize';
import { capabilitiesOf } from '../auth/capabilities';
import { belongsToParty, leadsParty } from '../auth/party-rules';
import type { Roles } from '../auth/roles';
import { Committee } from '../committees/committee.entity';
import type { PartyEntity } from '../common/party';
import type { Task } from './task.entity';

/** What the rules look at: the meeting a next step came from, if any, and its owner ("Wer"). */
export interface TaskSubject {
  meetingId: string | null;
  owner: PartyEntity;
}

/**
 * Who keeps a step that belongs to no meeting (a body's own to-do list): for a committee its
 * members, speakers and coordinators (not its guests, nor members of the bodies below it, who
 * report progress instead); for a person that person; for an organisation, which has no one
 * speaking for it here, admins. Admins always.
 */
function keepsOwnList(roles: Roles, owner: PartyEntity): boolean | Promise<boolean> {
  return owner instanceof Committee ? roles.memberOf(owner.id) : leadsParty(roles, owner);
}

async function manages(roles: Roles, task: TaskSubject): Promise<boolean> {
  return task.meetingId ? roles.facilitates(task.meetingId) : keepsOwnList(roles, task.owner);
}

/** Next steps ("Wer / Was / Bis wann"). */
export const taskPolicy = definePolicy('task', {
  /** Create next steps at all: people with an account, who lead at least themselves; `manage` decides the meeting and owner. */
  create: viewerRule(signedInUser),
  /** Participants of its meeting, any signed-in user for steps without one, and its owners. */
  read: async (roles, task: TaskSubject) =>
    (task.meetingId ? await roles.participates(task.meetingId) : roles.isUser) || belongsToParty(roles, task.owner),
  /** Create, change, delete: the meeting's facilitators; without a meeting, whoever keeps the owner's list. */
  manage: manages,
  /** Its status and progress notes: also its owners, who report how far they got. */
  progress: async (roles, task: TaskSubject) => (await manages(roles, task)) || belongsToParty(roles, task.owner),
});

/** The `read` rule as a filter, for lists. */
export async function readableTasks(roles: Roles): Promise<FilterQuery<Task>> {
  if (roles.isAdmin) return {};
  const { viewer } = roles;
  if (viewer.kind === 'guest') return { meeting: viewer.meetingId };
  const belonging = await roles.belonging();
  if (!belonging) return { id: { $in: [] } };
  const owned: FilterQuery<Task>[] = [
    { ownerPerson: belonging.personId },
    { ownerCommittee: { $in: belonging.committeeIds } },
  ];
  if (belonging.organizationId) owned.push({ ownerOrganization: belonging.organizationId });
  return { $or: [{ meeting: null }, { meeting: await roles.meetingsTakenPart() }, ...owned] };
}

export const TaskCapabilities = capabilitiesOf(taskPolicy);
