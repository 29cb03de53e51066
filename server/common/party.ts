import type { EntityManager, Ref } from '@mikro-orm/postgresql';
import { createUnionType } from 'type-graphql';
import { Committee } from '../committees/committee.entity';
import { NotFoundError } from '../errors';
import { Organization } from '../organizations/organization.entity';
import { Person } from '../people/person.entity';
import { assertId } from './find';

/** Whoever can be invited or own a next step: a body, an organisation or a person. */
export const Party = createUnionType({
  name: 'Party',
  description: 'A committee, an organisation or a person',
  types: () => [Committee, Organization, Person] as const,
});

export type PartyEntity = Committee | Organization | Person;

export function partyColumns(party: PartyEntity) {
  return {
    committee: party instanceof Committee ? party : null,
    organization: party instanceof Organization ? party : null,
    person: party instanceof Person ? party : null,
  };
}

/** Finds the committee, organisation or person that `id` names. */
export async function findParty(em: EntityManager, id: string, field: string): Promise<PartyEntity> {
  assertId(id, field);
  const party =
    (await em.findOne(Committee, { id })) ??
    (await em.findOne(Organization, { id })) ??
    (await em.findOne(Person, { id }));
  if (!party) throw new NotFoundError('Party', id);
  return party;
}

/** The party a record points to through its three nullable foreign keys. */
export async function loadParty(refs: {
  committee?: Ref<Committee> | null;
  organization?: Ref<Organization> | null;
  person?: Ref<Person> | null;
}): Promise<PartyEntity | null> {
  return (await refs.committee?.load()) ?? (await refs.organization?.load()) ?? (await refs.person?.load()) ?? null;
}
