/**
 * `npm run bench:startup` — time from process start to the first answered GraphQL query, on an
 * existing embedded database (the first start, which creates the cluster, is reported apart).
 * The query is a signed-in one, as a user's first request would be: the demo admin signs in as
 * soon as the server answers, then reads the meetings. Measured for the compiled server that
 * `npm start` and production run (built first) and, beside it, for the sources
 * under tsx as tests and `npm run dev` run them.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { readDemoAccounts } from '../server/seed/seed-data';

const PORT = 4100 + Math.floor(Math.random() * 800);
const TARGET_MS = 5_000;
const ADMIN = { email: 'admin@planwerk.example', password: (await readDemoAccounts()).password };

/** Posts a GraphQL operation; null while the server does not answer yet. */
async function post(query: string, variables: object, headers: Record<string, string> = {}): Promise<any | null> {
  const response = await fetch(`http://127.0.0.1:${PORT}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  }).catch(() => null);
  return response?.ok ? response.json() : null;
}

const SERVERS = { compiled: ['dist/server/main.js'], 'sources (tsx)': ['--import', 'tsx', 'server/main.ts'] };

async function firstAnswer(dataDir: string, args: string[]): Promise<number> {
  const started = performance.now();
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(PORT), PLANWERK_DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
  delete env.DATABASE_URL;
  const server = spawn(process.execPath, args, { env, stdio: 'inherit' });
  const exited = new Promise<number | null>((resolve) => server.once('exit', resolve));
  try {
    for (const deadline = started + 120_000; performance.now() < deadline; await sleep(20)) {
      if (server.exitCode !== null) throw new Error(`server exited with ${server.exitCode}`);
      const signedIn = await post(`mutation ($input: SignInInput!) { signIn(input: $input) { token } }`, {
        input: ADMIN,
      });
      if (!signedIn) continue;
      const token = signedIn.data?.signIn?.token;
      if (!token) throw new Error(`the demo admin could not sign in: ${JSON.stringify(signedIn.errors)}`);
      const meetings = await post('{ meetings { id } }', {}, { authorization: `Bearer ${token}` });
      if (!meetings?.data) throw new Error(`the signed-in query failed: ${JSON.stringify(meetings)}`);
      return performance.now() - started;
    }
    throw new Error('no answer within 120 s');
  } finally {
    server.kill('SIGTERM');
    await exited;
  }
}

// The server half of `npm run build`, so the compiled figure is of the current sources.
execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build-server.ts'], { stdio: 'inherit' });
const dataDir = await mkdtemp(path.join(tmpdir(), 'planwerk-bench-'));
try {
  const first = await firstAnswer(dataDir, SERVERS.compiled);
  console.log(`first start (creates the embedded cluster, migrates, loads demo data): ${(first / 1000).toFixed(2)} s`);
  for (const [name, args] of Object.entries(SERVERS)) {
    const runs = [];
    for (let i = 0; i < 3; i += 1) runs.push(await firstAnswer(dataDir, args));
    const best = Math.min(...runs);
    console.log(
      `${name}, start on the existing database: ${runs.map((ms) => (ms / 1000).toFixed(2)).join(' s, ')} s (best ${(best / 1000).toFixed(2)} s, target ≤ ${TARGET_MS / 1000} s)`,
    );
  }
} finally {
  await rm(dataDir, { recursive: true, force: true });
}
