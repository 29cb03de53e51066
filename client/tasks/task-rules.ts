import type { CommitteeMembers } from '../session/memberships';
import type { Viewer } from '../session/viewer';

/**
 * The server's task policy, as far as the browser needs it to offer only what will be accepted
 * (server/tasks/task.policy.ts decides): a step of a meeting is kept by the meeting's
 * facilitators; a step without one by whoever keeps its owner's own list — the person
 * themself, the members, speakers and coordinators of a committee (not its guests), and for
 * organisations admins. Admins keep every list.
 */

/** The owners whose own lists the viewer keeps: their person and the committees they are a member of today, not as a guest. */
export function keptLists(viewer: Viewer | null, committees: readonly CommitteeMembers[], today: string): Set<string> {
  if (viewer?.kind !== 'user') return new Set();
  const bodies = committees.filter((committee) =>
    committee.memberships.some(
      ({ person, role, since, until }) =>
        person.id === viewer.personId && role !== 'GUEST' && (!since || since <= today) && (!until || until >= today),
    ),
  );
  return new Set([viewer.personId, ...bodies.map((committee) => committee.id)]);
}

export interface TaskPlace {
  /** The meeting, as far as the viewer may see it: null for a step without one (or one the viewer does not take part in). */
  meeting: { viewerRole?: string | null } | null;
  ownerId: string;
}

/** Whether the viewer may change and remove the step (and, for a new one, create it there). */
export function mayManageTask(viewer: Viewer | null, task: TaskPlace, kept: ReadonlySet<string>): boolean {
  if (viewer?.kind !== 'user') return false;
  if (viewer.isAdmin) return true;
  if (task.meeting) return task.meeting.viewerRole === 'FACILITATOR';
  return kept.has(task.ownerId);
}

type Identified = { id: string };

/** Everyone a step can be given to, by kind, as the owner choice lists them. */
export interface Directory<C extends Identified = Identified, O extends Identified = C, P extends Identified = C> {
  committees: readonly C[];
  organizations: readonly O[];
  people: readonly P[];
}

/** Who a new or handed-on step may be given to: anyone in a meeting the viewer facilitates (or as admin), else the lists the viewer keeps. */
export function ownerChoices<C extends Identified, O extends Identified, P extends Identified>(
  directory: Directory<C, O, P>,
  inMeeting: boolean,
  viewer: Viewer | null,
  kept: ReadonlySet<string>,
): Directory<C, O, P> {
  if (inMeeting || (viewer?.kind === 'user' && viewer.isAdmin)) return directory;
  const keeps = (party: Identified) => kept.has(party.id);
  return {
    committees: directory.committees.filter(keeps),
    organizations: directory.organizations.filter(keeps),
    people: directory.people.filter(keeps),
  };
}
