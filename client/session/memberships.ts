import type { EnumOf } from '../api/graphql';
import type { Viewer } from './viewer';

type Role = EnumOf<'MembershipRole'>;

/** As much of a committee as the viewer's place in it needs. */
export interface CommitteeMembers {
  id: string;
  parent?: { id: string } | null;
  memberships: readonly { role: Role; since?: string | null; until?: string | null; person: { id: string } }[];
}

/** Roles that manage a committee's members, as the server's policy has it. */
const LEADING: readonly Role[] = ['SPEAKER', 'COORDINATOR'];

/** The person's role in the committee on `today` (`YYYY-MM-DD`): memberships count between their since and until days. */
function roleOn(committee: CommitteeMembers, personId: string, today: string): Role | null {
  const membership = committee.memberships.find(
    ({ person, since, until }) => person.id === personId && (!since || since <= today) && (!until || until >= today),
  );
  return membership?.role ?? null;
}

/** Whether the viewer may add, change and remove the committee's members: admins, its speakers and coordinators. */
export function leadsCommittee(viewer: Viewer | null, committee: CommitteeMembers, today: string): boolean {
  if (viewer?.kind !== 'user') return false;
  if (viewer.isAdmin) return true;
  const role = roleOn(committee, viewer.personId, today);
  return role !== null && LEADING.includes(role);
}

/**
 * The bodies whose next steps a person shares ("my bodies"): the committees they are a member of
 * today, not as a guest, and every committee above those, since a regional AG's members belong
 * to the AG too.
 */
export function bodiesOf(committees: readonly CommitteeMembers[], personId: string, today: string): string[] {
  const byId = new Map(committees.map((committee) => [committee.id, committee]));
  const bodies = new Set<string>();
  for (const committee of committees) {
    const role = roleOn(committee, personId, today);
    if (!role || role === 'GUEST') continue;
    for (let body: CommitteeMembers | undefined = committee; body && !bodies.has(body.id); ) {
      bodies.add(body.id);
      body = body.parent ? byId.get(body.parent.id) : undefined;
    }
  }
  return [...bodies];
}
