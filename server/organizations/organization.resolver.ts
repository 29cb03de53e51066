import { Ctx, Query, Resolver } from 'type-graphql';
import { authorize } from '../auth/authorize';
import type { Context } from '../context';
import { directoryPolicy } from '../people/directory.policy';
import { Organization } from './organization.entity';

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => [Organization])
  async organizations(@Ctx() ctx: Context): Promise<Organization[]> {
    await authorize(ctx, directoryPolicy, 'read', null);
    return ctx.em.find(Organization, {}, { orderBy: { name: 'asc' } });
  }
}
