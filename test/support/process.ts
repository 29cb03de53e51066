import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { graphqlClient } from './graphql';

export interface ServerProcess {
  port: number;
  url: string;
  wsUrl: string;
  gql: ReturnType<typeof graphqlClient>;
  child: ChildProcess;
  exited: Promise<number | null>;
  /** Sends `signal` and waits for the process to end. */
  stop: (signal?: NodeJS.Signals) => Promise<number | null>;
}

export interface SpawnOptions {
  /** Node's arguments: by default server/main.ts through tsx; the compiled server is `['dist/server/main.js']`. */
  args?: string[];
  cwd?: string;
}

/**
 * The server in a process of its own (its sources through tsx, or what `args` name), on a free
 * port; resolves once it listens. An empty database gets the demo data and its sign-ins
 * (signInDemo with DEMO_ADMIN).
 */
export async function spawnServer(
  env: Record<string, string>,
  { args = ['--import', 'tsx', 'server/main.ts'], cwd }: SpawnOptions = {},
): Promise<ServerProcess> {
  const child = spawn(process.execPath, args, {
    cwd,
    env: { ...process.env, PORT: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let port = 0;
  for await (const line of createInterface({ input: child.stdout! })) {
    const match = /listening on http:\/\/localhost:(\d+)/.exec(line);
    if (match) {
      port = Number(match[1]);
      break;
    }
  }
  if (!port) throw new Error(`the server exited before listening (code ${await exited})`);
  // Keep reading so a full pipe never blocks the server's log writes.
  child.stdout!.resume();
  const url = `http://127.0.0.1:${port}`;
  return {
    port,
    url,
    wsUrl: `ws://127.0.0.1:${port}/graphql`,
    gql: graphqlClient(`${url}/graphql`),
    child,
    exited,
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

/** The demo admin of server/seed/demo-accounts.json, which spawned servers load into an empty database. */
export const DEMO_ADMIN = 'admin@planwerk.example';
