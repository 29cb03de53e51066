import { authorize } from '../auth/authorize';
import { definedFields, findOptional, findOrFail, removeById } from '../common/find';
import type { Context } from '../context';
import { BadUserInputError } from '../errors';
import { Region } from '../regions/region.entity';
import { Committee } from './committee.entity';
import type { CreateCommitteeInput, UpdateCommitteeInput } from './committee.inputs';
import { committeePolicy } from './committee.policy';

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
    await authorize(ctx, committeePolicy, 'manage', committee);
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
