import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { Committee } from '../committees/committee.entity';
import type { PartyEntity } from '../common/party';
import { Organization } from '../organizations/organization.entity';
import type { Task } from './task.entity';

/**
 * The memberships that make a person share a body's next steps: current on `?` (a day, given
 * twice) and not as a guest. Owners of a committee's step are the members of that committee
 * and of all committees below it, so a step of "AG" reaches the members of every regional AG.
 */
export const SHARING_MEMBERSHIP_SQL = `m.role <> 'GUEST' and (m.since is null or m.since <= ?) and (m.until is null or m.until >= ?)`;

/** Whose next steps and meetings a party shares: ids of people, committees, organisations. */
export interface OwnerScope {
  personIds: string[];
  committeeIds: string[];
  organizationIds: string[];
}

/** The committees `startSql` selects (as `id`) and every committee above them. */
async function withParents(em: EntityManager, startSql: string, params: unknown[]): Promise<string[]> {
  const rows = await em.getConnection().execute<{ id: string }[]>(
    `with recursive scope(id) as (
       ${startSql}
       union
       select c.parent_id from committee c join scope s on c.id = s.id where c.parent_id is not null
     ) select id from scope`,
    params,
  );
  return rows.map((row) => row.id);
}

/**
 * A person shares the steps of their bodies (and of the bodies above them) and of their
 * organisation; a committee those of itself and the committees above; an organisation its own.
 */
export async function ownerScope(em: EntityManager, party: PartyEntity, today: string): Promise<OwnerScope> {
  if (party instanceof Organization) return { personIds: [], committeeIds: [], organizationIds: [party.id] };
  if (party instanceof Committee) {
    return { personIds: [], committeeIds: await withParents(em, 'select ?::uuid', [party.id]), organizationIds: [] };
  }
  const committeeIds = await withParents(
    em,
    `select m.committee_id from membership m where m.person_id = ? and ${SHARING_MEMBERSHIP_SQL}`,
    [party.id, today, today],
  );
  const organizationId = party.organization?.id;
  return { personIds: [party.id], committeeIds, organizationIds: organizationId ? [organizationId] : [] };
}

/** One condition per non-empty list of ids; an empty scope matches nothing. */
export function anyOf<T>(conditions: [string[], (ids: string[]) => FilterQuery<T>][]): FilterQuery<T> {
  const used = conditions.filter(([ids]) => ids.length).map(([ids, condition]) => condition(ids));
  return used.length ? ({ $or: used } as FilterQuery<T>) : ({ id: { $in: [] } } as FilterQuery<T>);
}

/** Steps owned by anyone in the scope. */
export function ownedBy(scope: OwnerScope): FilterQuery<Task> {
  return anyOf<Task>([
    [scope.personIds, (ids) => ({ ownerPerson: { $in: ids } })],
    [scope.committeeIds, (ids) => ({ ownerCommittee: { $in: ids } })],
    [scope.organizationIds, (ids) => ({ ownerOrganization: { $in: ids } })],
  ]);
}
