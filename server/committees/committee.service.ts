import type { EntityManager } from '@mikro-orm/postgresql';
import { definedFields, findOptional, findOrFail, removeById } from '../common/find';
import { BadUserInputError } from '../errors';
import { Region } from '../regions/region.entity';
import { Committee } from './committee.entity';
import type { CreateCommitteeInput, UpdateCommitteeInput } from './committee.inputs';

/** A committee may not become its own ancestor. */
async function assertNoCycle(committee: Committee, parent: Committee | null | undefined): Promise<void> {
  for (let current = parent; current; current = (await current.parent?.load()) ?? null) {
    if (current === committee) throw new BadUserInputError('parentId', 'a committee cannot be placed below itself');
  }
}

export async function createCommittee({ em, input }: { em: EntityManager; input: CreateCommitteeInput }) {
  return em.transactional(async (tx) => {
    const { regionId, parentId, ...fields } = input;
    const committee = tx.create(Committee, {
      ...fields,
      region: await findOptional(tx, Region, regionId, 'regionId'),
      parent: await findOptional(tx, Committee, parentId, 'parentId'),
    });
    return committee;
  });
}

export async function updateCommittee({ em, id, input }: { em: EntityManager; id: string; input: UpdateCommitteeInput }) {
  return em.transactional(async (tx) => {
    const committee = await findOrFail(tx, Committee, id);
    const { regionId, parentId, ...fields } = input;
    const region = await findOptional(tx, Region, regionId, 'regionId');
    const parent = await findOptional(tx, Committee, parentId, 'parentId');
    await assertNoCycle(committee, parent);
    tx.assign(committee, definedFields({ ...fields, region, parent }));
    return committee;
  });
}

export function deleteCommittee({ em, id }: { em: EntityManager; id: string }): Promise<string> {
  return removeById(em, Committee, id);
}
