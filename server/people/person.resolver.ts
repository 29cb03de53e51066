import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { Organization } from '../organizations/organization.entity';
import { Person } from './person.entity';

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => [Person])
  people(@Ctx() { em }: Context): Promise<Person[]> {
    return em.find(Person, {}, { orderBy: { name: 'asc' } });
  }

  @FieldResolver(() => Organization, { nullable: true })
  async organization(@Root() person: Person): Promise<Organization | null> {
    return (await person.organization?.load()) ?? null;
  }
}
