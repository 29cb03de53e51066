import type { EnumOf } from '../api/graphql';

export type Role = EnumOf<'MembershipRole'>;

/** In the order a working group lists them. */
export const ROLES: Role[] = ['SPEAKER', 'COORDINATOR', 'MEMBER', 'GUEST'];

/** A person's name with an academic or official title, as the protocol writes it. */
export function personName(person: { name: string; title?: string | null }): string {
  return person.title ? `${person.title} ${person.name}` : person.name;
}
