import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { authorize } from '../auth/authorize';
import { authorizeBudgetRead } from '../budget/budget-access';
import type { Context } from '../context';
import { directoryPolicy } from '../people/directory.policy';
import { Region } from './region.entity';
import { CreateRegionInput, UpdateRegionInput } from './region.inputs';
import { createRegion, deleteRegion, regionInUse, updateRegion } from './region.service';

@Resolver(() => Region)
export class RegionResolver {
  @Query(() => [Region])
  async regions(@Ctx() ctx: Context): Promise<Region[]> {
    await authorize(ctx, directoryPolicy, 'read', null);
    return ctx.em.find(Region, {}, { orderBy: { name: 'asc' } });
  }

  @Mutation(() => Region)
  createRegion(@Arg('input', () => CreateRegionInput) input: CreateRegionInput, @Ctx() ctx: Context) {
    return createRegion({ ctx, input });
  }

  @Mutation(() => Region)
  updateRegion(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateRegionInput) input: UpdateRegionInput,
    @Ctx() ctx: Context,
  ) {
    return updateRegion({ ctx, id, input });
  }

  @Mutation(() => ID, { description: 'Deletes a region no budget figures, case counts, funding or budgets keep' })
  deleteRegion(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<string> {
    return deleteRegion({ ctx, id });
  }

  @FieldResolver(() => Region, { nullable: true })
  async parent(@Root() region: Region): Promise<Region | null> {
    return (await region.parent?.load()) ?? null;
  }

  @FieldResolver(() => Boolean, {
    description:
      'Budget figures, case counts, provider funding or a budget keep it, so it cannot be deleted; for readers of budget data',
  })
  async inUse(@Root() region: Region, @Ctx() ctx: Context): Promise<boolean> {
    await authorizeBudgetRead(ctx);
    return regionInUse(ctx.em, region.id);
  }
}
