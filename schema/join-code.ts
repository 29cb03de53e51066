/**
 * Join codes as people read them off a projector and type them on a phone. Shared by server and
 * client like the limits: the server makes and checks codes, the client checks what people type
 * before sending it, and both read "ab3 k7x" as AB3K7X.
 */

/** Letters and digits that cannot be mistaken for one another when read aloud or off a projector (no 0/O, 1/I/L). */
export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const JOIN_CODE_LENGTH = 6;

/** A join code as people type it ("ab3 k7x", "AB3-K7X") in the stored form, or null if it cannot be one. */
export function normalizeJoinCode(input: string): string | null {
  const code = input.replace(/[\s-]/g, '').toUpperCase();
  if (code.length !== JOIN_CODE_LENGTH) return null;
  return [...code].every((char) => JOIN_CODE_ALPHABET.includes(char)) ? code : null;
}
