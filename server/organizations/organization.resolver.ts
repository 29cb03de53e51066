import { Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { Organization } from './organization.entity';

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => [Organization])
  organizations(@Ctx() { em }: Context): Promise<Organization[]> {
    return em.find(Organization, {}, { orderBy: { name: 'asc' } });
  }
}
