import { type CommitteeMembers, roleOn } from '../session/memberships';
import type { Viewer } from '../session/viewer';

/**
 * Whom a step may be given to, by the server's task policy (server/tasks/task.policy.ts, which
 * decides; whether the viewer may change a step at all is its `viewerCan`): in a meeting its
 * facilitators give steps to anyone; a step without one belongs to an own list, kept by the
 * person themself, by the members, speakers and coordinators of a committee (not its guests),
 * and for organisations by admins. Admins keep every list.
 */

/** The owners whose own lists the viewer keeps: their person and the committees they are a member of today, not as a guest. */
export function keptLists(viewer: Viewer | null, committees: readonly CommitteeMembers[], today: string): Set<string> {
  if (viewer?.kind !== 'user') return new Set();
  const keeps = (committee: CommitteeMembers) => {
    const role = roleOn(committee, viewer.personId, today);
    return role !== null && role !== 'GUEST';
  };
  return new Set([viewer.personId, ...committees.filter(keeps).map((committee) => committee.id)]);
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
