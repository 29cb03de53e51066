import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { freePort } from './free-port';

/** Debian's haproxy package puts it here; CI installs it (.ci/run). */
export const HAPROXY = '/usr/sbin/haproxy';
const CONFIG = fileURLToPath(new URL('../../deploy/haproxy.cfg', import.meta.url));

export interface RunningProxy {
  url: string;
  wsUrl: string;
  child: ChildProcess;
  /** What HAProxy said so far: its notices of instances going down and up. */
  log: () => string;
  stop: () => Promise<void>;
}

export function haproxyMissing(): string | null {
  return existsSync(HAPROXY) ? null : `${HAPROXY} is not installed (apt-get install haproxy)`;
}

/**
 * HAProxy with the committed deploy/haproxy.cfg in front of three instances (`host:port` each),
 * on a free port; resolves once a request through it reaches an instance's /healthz.
 */
export async function startHaproxy(instances: readonly [string, string, string]): Promise<RunningProxy> {
  const port = await freePort();
  let output = '';
  const child = spawn(HAPROXY, ['-f', CONFIG, '-db'], {
    env: {
      ...process.env,
      PLANWERK_PROXY_BIND: `127.0.0.1:${port}`,
      PLANWERK_INSTANCE_1: instances[0],
      PLANWERK_INSTANCE_2: instances[1],
      PLANWERK_INSTANCE_3: instances[2],
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Its notices of instances going down and up are kept for a failure's message, never printed.
  for (const stream of [child.stdout!, child.stderr!]) stream.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`haproxy exited (${child.exitCode}):\n${output}`);
    const status = await fetch(`${url}/healthz`).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) break;
    if (Date.now() > deadline) {
      child.kill();
      throw new Error(`haproxy did not pass /healthz within 20 s (last status ${status}):\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    wsUrl: `ws://127.0.0.1:${port}/graphql`,
    child,
    log: () => output,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
