import argon2 from 'argon2';

// OWASP's minimum for argon2id (19 MiB, 2 passes, 1 lane): about 40 ms here per check.
const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, OPTIONS);
}

let dummyHash: Promise<string> | undefined;

/**
 * Checks a password against a stored hash. Without a hash (unknown e-mail, invitation not yet
 * accepted) it checks against a throwaway one, so the answer takes as long either way.
 */
export async function verifyPassword(hash: string | null | undefined, password: string): Promise<boolean> {
  if (hash) return argon2.verify(hash, password).catch(() => false);
  dummyHash ??= hashPassword('not a password of anyone');
  await argon2.verify(await dummyHash, password).catch(() => false);
  return false;
}
