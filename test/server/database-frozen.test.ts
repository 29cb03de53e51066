import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EmbeddedDatabase, startEmbeddedPostgres } from '../../server/db/embedded-postgres';
import { ensureDatabase } from '../../server/db/ensure-database';
import { migrate, openOrm } from '../../server/db/orm';
import { createLogger } from '../../server/logger';
import { signInAs } from '../support/auth';
import { startTestServer, type TestServer } from '../support/server';

/** The postmaster and every process it started (backends, checkpointer, …): all of PostgreSQL. */
async function postgresProcesses(dataDir: string): Promise<number[]> {
  const postmaster = Number((await readFile(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8')).split('\n')[0]);
  const children: number[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '');
    if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === postmaster) children.push(Number(entry));
  }
  return [postmaster, ...children];
}

// The test's own PostgreSQL, never the machine's shared one: it is frozen for a moment.
describe.runIf(process.platform === 'linux')('while PostgreSQL does not answer', () => {
  let dataDir: string;
  let embedded: EmbeddedDatabase;
  let server: TestServer;
  let frozen: number[] = [];
  const thaw = () => {
    for (const pid of frozen) process.kill(pid, 'SIGCONT');
    frozen = [];
  };
  const health = () => fetch(`${server.url}/healthz`, { signal: AbortSignal.timeout(2_000) });

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'planwerk-frozen-'));
    embedded = await startEmbeddedPostgres(dataDir, createLogger('silent'));
    const url = embedded.url('planwerk');
    await ensureDatabase(url);
    const orm = await openOrm(url);
    await migrate(orm);
    server = await startTestServer({ database: { url, orm, drop: () => orm.close(true) } });
  });
  afterAll(async () => {
    thaw();
    await server?.close();
    await server?.db.drop();
    await embedded?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('/healthz answers 503 within 2 s while it is frozen, and 200 again once it runs', async () => {
    const user = await signInAs(server, 'user');
    expect((await health()).status).toBe(200);

    frozen = await postgresProcesses(dataDir);
    for (const pid of frozen) process.kill(pid, 'SIGSTOP');
    try {
      const down = await health();
      expect([down.status, await down.json()]).toEqual([503, { status: 'database unreachable' }]);
      expect((await health()).status, 'and again, without waiting on the first').toBe(503);
    } finally {
      thaw();
    }

    await expect.poll(async () => (await health()).status, { timeout: 10_000 }).toBe(200);
    expect((await user.gql(`{ me { kind } }`)).data).toEqual({ me: { kind: 'USER' } });
  });
});
