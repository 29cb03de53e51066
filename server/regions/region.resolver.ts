import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { Region } from './region.entity';

@Resolver(() => Region)
export class RegionResolver {
  @Query(() => [Region])
  regions(@Ctx() { em }: Context): Promise<Region[]> {
    return em.find(Region, {}, { orderBy: { name: 'asc' } });
  }

  @FieldResolver(() => Region, { nullable: true })
  async parent(@Root() region: Region): Promise<Region | null> {
    return (await region.parent?.load()) ?? null;
  }
}
