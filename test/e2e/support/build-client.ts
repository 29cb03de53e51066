import { execFile } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';

/** Where `npm run build` puts the app, and so where the end-to-end tests take it from. */
export const CLIENT_DIR = 'dist/client';

const SOURCES = ['client', 'vite.config.ts', 'package-lock.json'];

async function newestChange(entry: string): Promise<number> {
  const info = await stat(entry);
  if (!info.isDirectory()) return info.mtimeMs;
  const children = await readdir(entry);
  const times = await Promise.all(children.map((child) => newestChange(path.join(entry, child))));
  return Math.max(info.mtimeMs, ...times);
}

async function builtAt(): Promise<number> {
  try {
    return (await stat(path.join(CLIENT_DIR, '.vite/manifest.json'))).mtimeMs;
  } catch {
    return 0;
  }
}

/** Vitest global setup of the e2e project: builds the app once, unless a build newer than its sources is there. */
export default async function setup() {
  const sourcesChangedAt = Math.max(...(await Promise.all(SOURCES.map(newestChange))));
  if ((await builtAt()) > sourcesChangedAt) return;
  // In a process of its own: vitest's NODE_ENV=test would otherwise give a development build of React.
  const vite = path.join(path.dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin/vite.js');
  await promisify(execFile)(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
    env: { ...process.env, NODE_ENV: 'production' },
  });
}
