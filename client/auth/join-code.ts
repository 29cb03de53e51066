import { JOIN_CODE_LENGTH } from '../../schema/join-code';

/** "AB3K7X" as "AB3 K7X": two groups of three are easier to read off a projector and to type. */
export function spacedJoinCode(code: string): string {
  const half = JOIN_CODE_LENGTH / 2;
  return `${code.slice(0, half)} ${code.slice(half)}`;
}

/** The address a guest opens (or scans) to join with `code`; the code stays as the server stores it. */
export function joinLink(origin: string, code: string): string {
  return new URL(`/join/${encodeURIComponent(code)}`, origin).toString();
}
