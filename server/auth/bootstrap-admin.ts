import type { EntityManager } from '@mikro-orm/postgresql';
import { Person } from '../people/person.entity';
import { Account } from './account.entity';
import { createInvitation } from './account.service';
import { normalizeEmail } from './auth.service';

/**
 * Gives a fresh installation its first admin (PLANWERK_ADMIN_EMAIL): creates the account with a
 * single-use invitation unless the address has an account already. Returns the invitation token
 * to hand to the operator, or null when there was nothing to do.
 */
export async function ensureAdmin(em: EntityManager, rawEmail: string, now: Date): Promise<string | null> {
  const email = normalizeEmail(rawEmail);
  return em.transactional(async (tx) => {
    if (await tx.count(Account, { email })) return null;
    const person = tx.create(Person, { name: email.split('@')[0]! });
    const account = tx.create(Account, { person, email, isAdmin: true });
    return createInvitation(tx, account, now).token;
  });
}
