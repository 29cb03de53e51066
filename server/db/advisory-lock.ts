import pg from 'pg';

/**
 * Runs `work` while this process holds the PostgreSQL advisory lock named `name` on the
 * database of `url`; whoever asks for it meanwhile waits. The lock lives on a connection of its
 * own and ends with it, so a process that dies while holding it lets the next one go on.
 */
export async function withAdvisoryLock<T>(url: string, name: string, work: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock(hashtext($1))', [name]);
    return await work();
  } finally {
    await client.end();
  }
}
