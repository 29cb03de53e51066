import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { authorize } from '../auth/authorize';
import type { Context } from '../context';
import { directoryPolicy } from '../people/directory.policy';
import { Region } from './region.entity';

@Resolver(() => Region)
export class RegionResolver {
  @Query(() => [Region])
  async regions(@Ctx() ctx: Context): Promise<Region[]> {
    await authorize(ctx, directoryPolicy, 'read', null);
    return ctx.em.find(Region, {}, { orderBy: { name: 'asc' } });
  }

  @FieldResolver(() => Region, { nullable: true })
  async parent(@Root() region: Region): Promise<Region | null> {
    return (await region.parent?.load()) ?? null;
  }
}
