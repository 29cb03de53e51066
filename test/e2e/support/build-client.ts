import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { runPackageBin } from '../../support/package-bin';

/** Where `npm run build` puts the app, and so where the end-to-end tests take it from. */
export const CLIENT_DIR = 'dist/client';

const SOURCES = ['client', 'schema/schema.graphql', 'vite.config.ts', 'package-lock.json'];

// Regenerated from the schema on every run, so its time says nothing; the schema's does.
const GENERATED = path.join('client', 'api', 'introspection.ts');

async function newestChange(entry: string): Promise<number> {
  if (entry === GENERATED) return 0;
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
  await runPackageBin('vite', 'bin/vite.js', ['build', '--logLevel', 'warn'], {
    ...process.env,
    NODE_ENV: 'production',
  });
}
