import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../../server/db/embedded-postgres';
import { createLogger } from '../../server/logger';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A PostgreSQL server URL (database part ignored) where each test file creates its own database. */
    postgresUrl: string;
  }
}

/**
 * One PostgreSQL for the whole run: the machine's at DATABASE_URL when set, otherwise an
 * embedded one in a throwaway folder. Each test file then works in a database of its own.
 */
export default async function setup(project: TestProject) {
  if (process.env.DATABASE_URL) {
    project.provide('postgresUrl', process.env.DATABASE_URL);
    return;
  }
  const { mkdtemp, rm } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  const path = await import('node:path');
  const dir = await mkdtemp(path.join(tmpdir(), 'planwerk-test-'));
  const embedded = await startEmbeddedPostgres(dir, createLogger('warn'));
  project.provide('postgresUrl', embedded.url('postgres'));
  return async () => {
    await embedded.stop();
    await rm(dir, { recursive: true, force: true });
  };
}
