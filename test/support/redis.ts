import { spawn } from 'node:child_process';
import { Redis } from 'ioredis';
import { freePort } from './free-port';

export type ProvidedRedis = { url: string; stop: () => Promise<void> } | { url: null; reason: string };

async function answers(url: string): Promise<boolean> {
  const client = new Redis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    connectTimeout: 1_000,
  });
  client.on('error', () => {});
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

/**
 * A Redis for tests: REDIS_URL when set, else one answering on 127.0.0.1:6379, else a
 * `redis-server` started on a free port for the run; null with the reason when there is none.
 */
export async function provideRedis(): Promise<ProvidedRedis> {
  const url = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  if (await answers(url)) return { url, stop: async () => {} };
  if (process.env.REDIS_URL) return { url: null, reason: `REDIS_URL=${process.env.REDIS_URL} does not answer` };
  const port = await freePort();
  const server = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    {
      stdio: 'ignore',
    },
  );
  const started = await new Promise<boolean>((resolve) => {
    server.once('error', () => resolve(false));
    server.once('spawn', () => resolve(true));
  });
  if (!started) return { url: null, reason: 'no Redis answers on 127.0.0.1:6379 and redis-server is not installed' };
  const ownUrl = `redis://127.0.0.1:${port}`;
  const deadline = Date.now() + 5_000;
  while (!(await answers(ownUrl))) {
    if (Date.now() > deadline) {
      server.kill();
      return { url: null, reason: 'redis-server did not come up within 5 s' };
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    url: ownUrl,
    stop: async () => {
      server.kill();
      await new Promise((resolve) => server.once('exit', resolve));
    },
  };
}
