import { createHash, randomBytes, randomInt } from 'node:crypto';

/** 32 random bytes as base64url: the secret of a session or an invitation link. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Shape check before any lookup, so garbage never reaches the database. */
export function isWellFormedToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}

/** What the database keeps instead of a token. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Letters and digits that cannot be mistaken for one another when read aloud or off a projector. */
export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const JOIN_CODE_LENGTH = 6;

export function newJoinCode(): string {
  return Array.from({ length: JOIN_CODE_LENGTH }, () => JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)]).join('');
}

/** A join code as people type it ("ab3 k7x", "AB3-K7X") in the stored form, or null if it cannot be one. */
export function normalizeJoinCode(input: string): string | null {
  const code = input.replace(/[\s-]/g, '').toUpperCase();
  if (code.length !== JOIN_CODE_LENGTH) return null;
  return [...code].every((char) => JOIN_CODE_ALPHABET.includes(char)) ? code : null;
}
