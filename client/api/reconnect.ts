/** The longest pause between two attempts to reach the server again. */
export const MAX_RETRY_DELAY_MS = 30_000;

/**
 * Milliseconds to wait before reconnect attempt `retries` (0 for the first): doubling from one
 * second up to MAX_RETRY_DELAY_MS, each spread over its upper half by `random` (0–1) so that a
 * room full of phones does not come back in the same instant after the server restarts.
 */
export function retryDelay(retries: number, random: number): number {
  const ceiling = Math.min(MAX_RETRY_DELAY_MS, 1_000 * 2 ** retries);
  return Math.round(ceiling * (0.5 + random / 2));
}
