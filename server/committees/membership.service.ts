import { authorize } from '../auth/authorize';
import { definedFields, findOrFail, removeById } from '../common/find';
import { toIsoDay } from '../common/scalars';
import type { Context } from '../context';
import { BadUserInputError, ConflictError } from '../errors';
import { Person } from '../people/person.entity';
import { Committee } from './committee.entity';
import type { AddMembershipInput, UpdateMembershipInput } from './committee.inputs';
import { committeePolicy } from './committee.policy';
import { Membership } from './membership.entity';

function day(value: Date | null | undefined): string | null | undefined {
  return value ? toIsoDay(value) : value;
}

function assertPeriod(membership: Membership): void {
  if (membership.since && membership.until && membership.until < membership.since) {
    throw new BadUserInputError('until', 'until must not be before since');
  }
}

export async function addMembership({ ctx, input }: { ctx: Context; input: AddMembershipInput }) {
  return ctx.em.transactional(async (tx) => {
    const committee = await findOrFail(tx, Committee, input.committeeId, 'committeeId');
    await authorize(ctx, committeePolicy, 'manageMembers', committee);
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

/** Refuses unless the viewer manages the members of the membership's committee. */
async function authorizeManaging(ctx: Context, membership: Membership): Promise<void> {
  await authorize(ctx, committeePolicy, 'manageMembers', await membership.committee.loadOrFail());
}

export async function updateMembership({ ctx, id, input }: { ctx: Context; id: string; input: UpdateMembershipInput }) {
  return ctx.em.transactional(async (tx) => {
    const membership = await findOrFail(tx, Membership, id);
    await authorizeManaging(ctx, membership);
    tx.assign(membership, definedFields({ role: input.role, since: day(input.since), until: day(input.until) }));
    assertPeriod(membership);
    return membership;
  });
}

export function removeMembership({ ctx, id }: { ctx: Context; id: string }): Promise<string> {
  return removeById(ctx.em, Membership, id, (membership) => authorizeManaging(ctx, membership));
}
