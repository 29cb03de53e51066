import type { EntityManager } from '@mikro-orm/postgresql';
import { authorize } from '../auth/authorize';
import { definedFields, findOptional, findOrFail, removeById } from '../common/find';
import type { Context } from '../context';
import { BadUserInputError } from '../errors';
import { Region } from '../regions/region.entity';
import { Committee } from './committee.entity';
import type { CreateCommitteeInput, UpdateCommitteeInput } from './committee.inputs';
import { committeePolicy } from './committee.policy';
import type { CommitteeDeletionImpact } from './committee-deletion.type';

/** A committee may not become its own ancestor. */
async function assertNoCycle(committee: Committee, parent: Committee | null | undefined): Promise<void> {
  for (let current = parent; current; current = (await current.parent?.load()) ?? null) {
    if (current === committee) throw new BadUserInputError('parentId', 'a committee cannot be placed below itself');
  }
}

export async function createCommittee({ ctx, input }: { ctx: Context; input: CreateCommitteeInput }) {
  return ctx.em.transactional(async (tx) => {
    await authorize(ctx, committeePolicy, 'create', null);
    const { regionId, parentId, ...fields } = input;
    return tx.create(Committee, {
      ...fields,
      region: await findOptional(tx, Region, regionId, 'regionId'),
      parent: await findOptional(tx, Committee, parentId, 'parentId'),
    });
  });
}

export async function updateCommittee({ ctx, id, input }: { ctx: Context; id: string; input: UpdateCommitteeInput }) {
  return ctx.em.transactional(async (tx) => {
    const committee = await findOrFail(tx, Committee, id);
    await authorize(ctx, committeePolicy, 'edit', committee);
    const { regionId, parentId, ...fields } = input;
    const region = await findOptional(tx, Region, regionId, 'regionId');
    const parent = await findOptional(tx, Committee, parentId, 'parentId');
    await assertNoCycle(committee, parent);
    tx.assign(committee, definedFields({ ...fields, region, parent }));
    return committee;
  });
}

export function deleteCommittee({ ctx, id }: { ctx: Context; id: string }): Promise<string> {
  return removeById(ctx.em, Committee, id, (committee) => authorize(ctx, committeePolicy, 'manage', committee));
}

/** Counts what deleting the committee would delete (memberships, its next steps, invitations, feeds) or detach. */
export async function deletionImpact(em: EntityManager, committeeId: string): Promise<CommitteeDeletionImpact> {
  const [row] = await em.getConnection().execute<Record<keyof CommitteeDeletionImpact, string>[]>(
    `select (select count(*) from membership where committee_id = ?) as memberships,
            (select count(*) from task where owner_committee_id = ?) as tasks,
            (select count(*) from invitation where committee_id = ?) as invitations,
            (select count(*) from calendar_feed where committee_id = ?) as "calendarFeeds",
            (select count(*) from committee where parent_id = ?) as subcommittees,
            (select count(*) from meeting where host_committee_id = ?) as "hostedMeetings"`,
    Array(6).fill(committeeId),
  );
  return {
    memberships: Number(row?.memberships),
    tasks: Number(row?.tasks),
    invitations: Number(row?.invitations),
    calendarFeeds: Number(row?.calendarFeeds),
    subcommittees: Number(row?.subcommittees),
    hostedMeetings: Number(row?.hostedMeetings),
  };
}
