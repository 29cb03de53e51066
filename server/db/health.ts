import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';

/** How long the database may take to answer a health check before it counts as down. */
export const HEALTH_TIMEOUT_MS = 1_000;

async function answers(url: string, timeoutMs: number): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs, query_timeout: timeoutMs });
  client.on('error', () => {});
  const check = async () => {
    await client.connect();
    await client.query('select 1');
    return true;
  };
  try {
    // One deadline for connecting and asking together.
    return await Promise.race([check(), sleep(timeoutMs, false, { ref: false })]);
  } catch {
    return false;
  } finally {
    void client.end().catch(() => {});
  }
}

/**
 * Whether the database answers `select 1` within `timeoutMs`, on a connection of its own: the
 * ORM's pool may be full or wait on a frozen server, and a health check must neither queue
 * behind requests nor hang with them. Checks that arrive while one runs share its answer, so a
 * load balancer polling hard costs one connection at a time.
 */
export function databaseProbe(url: string, timeoutMs = HEALTH_TIMEOUT_MS): () => Promise<boolean> {
  let running: Promise<boolean> | null = null;
  return () => {
    running ??= answers(url, timeoutMs).finally(() => {
      running = null;
    });
    return running;
  };
}
