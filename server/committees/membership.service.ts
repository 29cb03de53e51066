import type { EntityManager } from '@mikro-orm/postgresql';
import { definedFields, findOrFail, removeById } from '../common/find';
import { toIsoDay } from '../common/scalars';
import { BadUserInputError, ConflictError } from '../errors';
import { Person } from '../people/person.entity';
import { Committee } from './committee.entity';
import type { AddMembershipInput, UpdateMembershipInput } from './committee.inputs';
import { Membership } from './membership.entity';

function day(value: Date | null | undefined): string | null | undefined {
  return value ? toIsoDay(value) : value;
}

function assertPeriod(membership: Membership): void {
  if (membership.since && membership.until && membership.until < membership.since) {
    throw new BadUserInputError('until', 'until must not be before since');
  }
}

export async function addMembership({ em, input }: { em: EntityManager; input: AddMembershipInput }) {
  return em.transactional(async (tx) => {
    const committee = await findOrFail(tx, Committee, input.committeeId, 'committeeId');
    const person = await findOrFail(tx, Person, input.personId, 'personId');
    if (await tx.count(Membership, { committee, person })) {
      throw new ConflictError(`${person.name} is already a member of ${committee.name}`);
    }
    const membership = tx.create(Membership, {
      committee,
      person,
      role: input.role,
      since: day(input.since),
      until: day(input.until),
    });
    assertPeriod(membership);
    return membership;
  });
}

export async function updateMembership({ em, id, input }: { em: EntityManager; id: string; input: UpdateMembershipInput }) {
  return em.transactional(async (tx) => {
    const membership = await findOrFail(tx, Membership, id);
    tx.assign(membership, definedFields({ role: input.role, since: day(input.since), until: day(input.until) }));
    assertPeriod(membership);
    return membership;
  });
}

export function removeMembership({ em, id }: { em: EntityManager; id: string }): Promise<string> {
  return removeById(em, Membership, id);
}
