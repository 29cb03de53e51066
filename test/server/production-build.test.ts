import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, cp, mkdtemp, readdir, readFile, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { buildClientSchema, getIntrospectionQuery, lexicographicSortSchema, printSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { dropDatabase } from '../../server/db/ensure-database';
import { readDemoAccounts, readSeedData } from '../../server/seed/seed-data';
import { graphqlClient } from '../support/graphql';
import { DEMO_ADMIN, type ServerProcess, spawnServer } from '../support/process';

const run = promisify(execFile);
const REPO = path.resolve('.');

/** What the build leaves out of the copy it builds in: installed, built or local state. */
const NOT_SOURCES = new Set(['.git', 'node_modules', 'dist', '.data', 'test-artifacts']);

/** The tooling a production install must not carry. */
const TOOLCHAIN = ['vite', 'vitest', 'typescript', 'tsx', 'esbuild', 'gql.tada', '@biomejs/biome', 'playwright-core'];

interface PackageJson {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
}

interface PackageLock {
  packages: Record<string, { dev?: boolean }>;
}

/**
 * `command` as a person types it: without vitest's NODE_ENV=test, which would give a development
 * build of React, and without the npm_* settings of the `npm test` this runs under, which name
 * the worktree as the project.
 */
async function shell(cwd: string, command: string, args: string[]) {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => name !== 'NODE_ENV' && !name.startsWith('npm_')),
  );
  return run(command, args, { cwd, env, maxBuffer: 64 * 1024 * 1024 });
}

/**
 * The README's production steps, as the Dockerfile runs them, without Docker: `npm run build` in
 * a copy of the sources (the worktree's dist/ is left to the end-to-end tests running beside this
 * one), then package.json, package-lock.json and dist/ alone in a folder of their own, where
 * `npm ci --omit=dev` installs the runtime dependencies and the compiled server starts.
 */
describe('the production build', () => {
  let sources = '';
  let app = '';
  let server: ServerProcess | undefined;
  let databaseUrl: string | undefined;
  let pkg: PackageJson;

  beforeAll(async () => {
    sources = await mkdtemp(path.join(tmpdir(), 'planwerk-build-'));
    const entries = (await readdir(REPO)).filter((name) => !NOT_SOURCES.has(name));
    await Promise.all(entries.map((name) => cp(path.join(REPO, name), path.join(sources, name), { recursive: true })));
    // The build's own tools come from the worktree's install; the production install is made below.
    await symlink(path.join(REPO, 'node_modules'), path.join(sources, 'node_modules'), 'dir');
    await shell(sources, 'npm', ['run', 'build']);

    app = await mkdtemp(path.join(tmpdir(), 'planwerk-production-'));
    // As root the embedded PostgreSQL runs as `postgres`, which must reach its binaries in node_modules.
    await chmod(app, 0o755);
    for (const name of ['package.json', 'package-lock.json', 'dist']) {
      await cp(path.join(sources, name), path.join(app, name), { recursive: true });
    }
    await shell(app, 'npm', ['ci', '--omit=dev', '--ignore-scripts=false', '--no-audit', '--no-fund']);
    pkg = JSON.parse(await readFile(path.join(app, 'package.json'), 'utf8')) as PackageJson;

    // On the run's PostgreSQL when there is one (the server creates its database), else embedded as on a fresh machine.
    const env: Record<string, string> = {
      NODE_ENV: 'production',
      PLANWERK_DEMO_DATA: 'true',
      PLANWERK_INTROSPECTION: 'true',
    };
    if (process.env.DATABASE_URL) {
      const url = new URL(inject('postgresUrl'));
      url.pathname = `/planwerk_test_${randomBytes(6).toString('hex')}`;
      databaseUrl = url.toString();
      env.DATABASE_URL = databaseUrl;
    } else {
      env.DATABASE_URL = '';
      env.PLANWERK_DATA_DIR = path.join(app, '.data');
    }
    server = await spawnServer(env, { args: ['dist/server/main.js'], cwd: app });
  }, 900_000);

  afterAll(async () => {
    // Left running by a failed expectation: SIGTERM first, so an embedded PostgreSQL stops with it.
    if (server) {
      const stopped = server.stop('SIGTERM');
      const kill = setTimeout(() => server?.child.kill('SIGKILL'), 30_000);
      await stopped;
      clearTimeout(kill);
    }
    if (databaseUrl) await dropDatabase(databaseUrl);
    if (sources) {
      // The link first, so nothing below it in the worktree's node_modules can be reached by the removal.
      await rm(path.join(sources, 'node_modules'), { force: true });
      await rm(sources, { recursive: true, force: true });
    }
    if (app) await rm(app, { recursive: true, force: true });
  }, 120_000);

  it('installs no development tooling, only what the compiled server imports and what that needs', async () => {
    expect(TOOLCHAIN.filter((name) => existsSync(path.join(app, 'node_modules', name)))).toEqual([]);
    // A devDependency may still be installed as a dependency of a runtime package (docx brings jszip).
    const lock = JSON.parse(await readFile(path.join(app, 'package-lock.json'), 'utf8')) as PackageLock;
    const devOnly = Object.keys(pkg.devDependencies).filter((name) => lock.packages[`node_modules/${name}`]?.dev);
    expect(devOnly.filter((name) => existsSync(path.join(app, 'node_modules', name)))).toEqual([]);
    const imported = JSON.parse(await readFile(path.join(app, 'dist/server/runtime-packages.json'), 'utf8'));
    expect(Object.keys(pkg.dependencies).sort(), '"dependencies" is what the server imports').toEqual(imported);
  });

  it('answers /healthz and serves the built browser app', async () => {
    const health = await fetch(`${server!.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const page = await fetch(`${server!.url}/`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<html lang="de">');
  });

  it('serves the demo meeting to its admin', async () => {
    const signIn = await server!.gql<{ signIn: { token: string } }>(
      `mutation ($input: SignInInput!) { signIn(input: $input) { token } }`,
      { input: { email: DEMO_ADMIN, password: (await readDemoAccounts()).password } },
    );
    expect(signIn.errors).toBeUndefined();
    const admin = graphqlClient(`${server!.url}/graphql`, { authorization: `Bearer ${signIn.data!.signIn.token}` });
    const { data, errors } = await admin<{ meetings: { title: string; workingTables: { title: string }[] }[] }>(
      `{ meetings { title workingTables { title } } }`,
    );
    expect(errors).toBeUndefined();
    const { meeting } = await readSeedData();
    expect(data!.meetings).toEqual([
      { title: meeting.title, workingTables: meeting.workingTables.map(({ title }) => ({ title })) },
    ]);
  });

  it('builds the committed schema: bundling renamed no type-graphql class', async () => {
    const { data } = await server!.gql(
      getIntrospectionQuery({ specifiedByUrl: true, directiveIsRepeatable: true, inputValueDeprecation: true }),
    );
    const served = `${printSchema(lexicographicSortSchema(buildClientSchema(data as never)))}\n`;
    expect(served === (await readFile(path.join(REPO, 'schema/schema.graphql'), 'utf8'))).toBe(true);
  });

  it('stops cleanly on SIGTERM', async () => {
    expect(await server!.stop('SIGTERM')).toBe(0);
    server = undefined;
  });
});
