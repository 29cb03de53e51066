import type { EntityManager } from '@mikro-orm/postgresql';
import { authorize } from '../auth/authorize';
import { definedFields, findOptional, findOrFail } from '../common/find';
import type { Context } from '../context';
import { BadUserInputError, ConflictError } from '../errors';
import { Region } from './region.entity';
import type { CreateRegionInput, UpdateRegionInput } from './region.inputs';
import { regionPolicy } from './region.policy';

type RegionContext = Pick<Context, 'em' | 'roles'>;

/**
 * Whether budget data keeps the region: figures, case counts or provider funding of it, or a
 * budget pooling it. Such a region is not deleted, since that would take its figures along.
 */
export async function regionInUse(em: EntityManager, regionId: string): Promise<boolean> {
  const [row] = await em.getConnection().execute<{ in_use: boolean }[]>(
    `select exists(select 1 from budget_figure where region_id = ?)
         or exists(select 1 from case_statistics where region_id = ?)
         or exists(select 1 from provider_funding where region_id = ?)
         or exists(select 1 from budget_regions where region_id = ?) as in_use`,
    [regionId, regionId, regionId, regionId],
  );
  return Boolean(row?.in_use);
}

/** A region may not lie within itself. */
async function assertNoCycle(region: Region, parent: Region | null | undefined): Promise<void> {
  for (let current = parent; current; current = (await current.parent?.load()) ?? null) {
    if (current === region) throw new BadUserInputError('parentId', 'a region cannot lie within itself');
  }
}

/** Runs a region write in one transaction once the policy let the viewer manage regions: a refused viewer learns nothing. */
function regionWrite<T>(ctx: RegionContext, work: (tx: EntityManager) => Promise<T>): Promise<T> {
  return ctx.em.transactional(async (tx) => {
    await authorize(ctx, regionPolicy, 'manage', null);
    return work(tx);
  });
}

export function createRegion({ ctx, input }: { ctx: RegionContext; input: CreateRegionInput }): Promise<Region> {
  return regionWrite(ctx, async (tx) =>
    tx.create(Region, {
      name: input.name,
      kind: input.kind,
      parent: await findOptional(tx, Region, input.parentId, 'parentId'),
    }),
  );
}

export function updateRegion({
  ctx,
  id,
  input,
}: {
  ctx: RegionContext;
  id: string;
  input: UpdateRegionInput;
}): Promise<Region> {
  return regionWrite(ctx, async (tx) => {
    const region = await findOrFail(tx, Region, id);
    const parent = await findOptional(tx, Region, input.parentId, 'parentId');
    await assertNoCycle(region, parent);
    tx.assign(region, definedFields({ name: input.name, kind: input.kind, parent }));
    return region;
  });
}

/** Deletes a region no budget data keeps; committees and regions within it lose the link, nothing else. */
export function deleteRegion({ ctx, id }: { ctx: RegionContext; id: string }): Promise<string> {
  return regionWrite(ctx, async (tx) => {
    const region = await findOrFail(tx, Region, id);
    if (await regionInUse(tx, id)) {
      throw new ConflictError(`region ${region.name} still has budget figures or belongs to a budget`);
    }
    tx.remove(region);
    return id;
  });
}
