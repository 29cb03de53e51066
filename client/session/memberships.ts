import type { EnumOf } from '../api/graphql';

type Role = EnumOf<'MembershipRole'>;

/** As much of a committee as the viewer's place in it needs. */
export interface CommitteeMembers {
  id: string;
  parent?: { id: string } | null;
  memberships: readonly { role: Role; since?: string | null; until?: string | null; person: { id: string } }[];
}

/** The person's role in the committee on `today` (`YYYY-MM-DD`): memberships count between their since and until days. */
export function roleOn(committee: CommitteeMembers, personId: string, today: string): Role | null {
  const membership = committee.memberships.find(
    ({ person, since, until }) => person.id === personId && (!since || since <= today) && (!until || until >= today),
  );
  return membership?.role ?? null;
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
