import { type Algorithm, hash, verify } from '@node-rs/argon2';

// @node-rs/argon2 ships prebuilt binaries per platform and needs no install script; the
// `argon2` package's prebuilt Linux binary crashed this machine's Node 20 in a fresh install.
// Its Algorithm is a const enum, which isolated modules cannot read: 2 is Argon2id.
const ARGON2ID: Algorithm.Argon2id = 2;

// OWASP's minimum for argon2id (19 MiB, 2 passes, 1 lane): about 40 ms here per check.
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

let dummyHash: Promise<string> | undefined;

/**
 * Checks a password against a stored hash. Without a hash (unknown e-mail, invitation not yet
 * accepted) it checks against a throwaway one, so the answer takes as long either way.
 */
export async function verifyPassword(stored: string | null | undefined, password: string): Promise<boolean> {
  if (stored) return verify(stored, password).catch(() => false);
  dummyHash ??= hashPassword('not a password of anyone');
  await verify(await dummyHash, password).catch(() => false);
  return false;
}
