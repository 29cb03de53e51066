import { Committee } from '../committees/committee.entity';
import type { PartyEntity } from '../common/party';
import { Person } from '../people/person.entity';
import type { Roles } from './roles';

/**
 * Speaks for a committee, organisation or person: the person themself, the speakers and
 * coordinators of a committee; organisations have no such role here, so only admins.
 */
export function leadsParty(roles: Roles, party: PartyEntity): boolean | Promise<boolean> {
  if (party instanceof Person) return roles.isAdmin || roles.personId === party.id;
  if (party instanceof Committee) return roles.leads(party.id);
  return roles.isAdmin;
}

/** Belongs to it: the person themself, the members of a committee (or of one below it), the people of an organisation. */
export function belongsToParty(roles: Roles, party: PartyEntity): boolean | Promise<boolean> {
  if (party instanceof Person) return roles.isAdmin || roles.personId === party.id;
  if (party instanceof Committee) return roles.belongsTo(party.id);
  return roles.worksFor(party.id);
}
