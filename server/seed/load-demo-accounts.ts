import type { EntityManager } from '@mikro-orm/postgresql';
import { Account } from '../auth/account.entity';
import { hashPassword } from '../auth/passwords';
import type { Meeting } from '../meetings/meeting.entity';
import { MeetingRole } from '../meetings/meeting-role.entity';
import { Person } from '../people/person.entity';
import type { DemoAccounts } from './seed-data';

/** Adds the demo sign-ins and the demo meeting's roles to a demo load in progress. */
export async function loadDemoAccounts(
  tx: EntityManager,
  demo: DemoAccounts,
  { lookupPerson, meeting }: { lookupPerson: (key: string) => Person; meeting: Meeting },
): Promise<void> {
  for (const entry of demo.accounts) {
    const person = 'person' in entry ? lookupPerson(entry.person) : tx.create(Person, { name: entry.name });
    // Each account gets its own salted hash, though all share the demo password.
    tx.create(Account, {
      person,
      email: entry.email,
      passwordHash: await hashPassword(demo.password),
      isAdmin: entry.isAdmin ?? false,
    });
  }
  for (const { person, role } of demo.meetingRoles) {
    tx.create(MeetingRole, { meeting, person: lookupPerson(person), role });
  }
}
