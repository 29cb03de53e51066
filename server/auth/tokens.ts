import { createHash, randomBytes, randomInt } from 'node:crypto';
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from '../../schema/join-code';

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

/** A fresh code for a meeting's guests (see schema/join-code.ts). */
export function newJoinCode(): string {
  return Array.from({ length: JOIN_CODE_LENGTH }, () => JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)]).join(
    '',
  );
}
