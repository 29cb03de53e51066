import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres } from '../../server/db/embedded-postgres';
import { createLogger } from '../../server/logger';
import { signInDemo } from '../support/auth';
import { buildMeeting } from '../support/factories';
import { DEMO_ADMIN, type ServerProcess, spawnServer } from '../support/process';

const logger = createLogger('silent');

async function postmasterPid(dataDir: string): Promise<number> {
  return Number((await readFile(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8')).split('\n')[0]);
}

/** A stopped orphan may stay a zombie where the container's init does not reap, so state Z counts as gone. */
function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat[stat.lastIndexOf(')') + 2] !== 'Z';
  } catch {
    return false;
  }
}

describe.runIf(process.platform === 'linux')('starting again on an embedded data folder after a crash', () => {
  let dataDir: string;
  const postmasters = new Set<number>();
  const servers: ServerProcess[] = [];

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'planwerk-crash-'));
  });
  afterAll(async () => {
    await Promise.all(servers.map((server) => server.stop('SIGKILL')));
    // A PostgreSQL a failed expectation left behind (the test started it) ends with the test.
    for (const pid of postmasters) if (alive(pid)) process.kill(pid, 'SIGQUIT');
    await rm(dataDir, { recursive: true, force: true });
  });

  it('comes up after SIGKILL, though the killed server left its PostgreSQL running, and serves the data', async () => {
    // As `npm start` runs it: no DATABASE_URL, so the server starts an embedded PostgreSQL.
    const env = { DATABASE_URL: '', PLANWERK_DATA_DIR: dataDir, NODE_ENV: 'development' };
    const first = await spawnServer(env);
    servers.push(first);
    const orphan = await postmasterPid(dataDir);
    postmasters.add(orphan);
    const meeting = await buildMeeting(await signInDemo(first, DEMO_ADMIN), { title: 'Vor dem Absturz' });

    await first.stop('SIGKILL');
    expect(alive(orphan), 'the killed server left its PostgreSQL running').toBe(true);

    const second = await spawnServer(env);
    servers.push(second);
    postmasters.add(await postmasterPid(dataDir));
    expect(alive(orphan), 'the orphan was stopped').toBe(false);
    const { data } = await (await signInDemo(second, DEMO_ADMIN)).gql(`{ meetings { id title } }`);
    expect(data!.meetings).toContainEqual(meeting);
    expect(await second.stop('SIGTERM')).toBe(0);
  }, 120_000);

  it('starts over a lock file whose process number now belongs to another process', async () => {
    const lockFile = path.join(dataDir, 'postgres', 'postmaster.pid');
    await writeFile(lockFile, `${process.pid}\n${path.join(dataDir, 'postgres')}\n`);
    const embedded = await startEmbeddedPostgres(dataDir, logger);
    postmasters.add(await postmasterPid(dataDir));
    try {
      await expect(startEmbeddedPostgres(dataDir, logger), 'not while a running server holds it').rejects.toThrow(
        /belongs to a server that is still running/,
      );
    } finally {
      await embedded.stop();
    }
  });

  it("says PostgreSQL's own reason when the folder is really unusable", async () => {
    await writeFile(path.join(dataDir, 'postgres', 'PG_VERSION'), '9\n');
    await expect(startEmbeddedPostgres(dataDir, logger)).rejects.toThrow(
      /did not start: .*FATAL: .*database files are incompatible with server/,
    );
  });
});
