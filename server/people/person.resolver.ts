import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { authorize } from '../auth/authorize';
import type { Context } from '../context';
import { Organization } from '../organizations/organization.entity';
import { directoryPolicy } from './directory.policy';
import { Person } from './person.entity';

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => [Person])
  async people(@Ctx() ctx: Context): Promise<Person[]> {
    await authorize(ctx, directoryPolicy, 'read', null);
    return ctx.em.find(Person, {}, { orderBy: { name: 'asc' } });
  }

  @FieldResolver(() => Organization, { nullable: true })
  async organization(@Root() person: Person): Promise<Organization | null> {
    return (await person.organization?.load()) ?? null;
  }
}
