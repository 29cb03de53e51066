import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import WebSocket from 'ws';
import { readDemoAccounts } from '../../server/seed/seed-data';
import { createTestDatabase, type TestDatabase } from '../support/database';

describe('the server process', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  it('starts with the demo data and shuts down cleanly on SIGTERM, closing open WebSockets', async () => {
    const server = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      // As `npm start` runs it: outside NODE_ENV=test libraries install their own signal handlers (Apollo does).
      env: { ...process.env, NODE_ENV: 'development', DATABASE_URL: db.url, PORT: '0', LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const exited = new Promise<number | null>((resolve) => server.once('exit', resolve));
    // A failed expectation must not leave the server running.
    onTestFinished(() => {
      if (server.exitCode === null && server.signalCode === null) server.kill('SIGKILL');
    });
    const lines = createInterface({ input: server.stdout! });
    let port = 0;
    for await (const line of lines) {
      const match = /listening on http:\/\/localhost:(\d+)/.exec(line);
      if (match) {
        port = Number(match[1]);
        break;
      }
    }
    expect(port).toBeGreaterThan(0);

    const post = async (query: string, variables: object = {}, headers: Record<string, string> = {}) => {
      const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as any;
    };
    // The first start added the demo sign-ins; the demo admin sees every meeting.
    const signIn = await post(`mutation ($input: SignInInput!) { signIn(input: $input) { token } }`, {
      input: { email: 'admin@planwerk.example', password: (await readDemoAccounts()).password },
    });
    const authorization = `Bearer ${signIn.data.signIn.token}`;
    expect((await post('{ meetings { title } }', {}, { authorization })).data.meetings).toHaveLength(1);

    const socket = new WebSocket(`ws://127.0.0.1:${port}/graphql`, 'graphql-transport-ws');
    await new Promise((resolve) => socket.once('open', resolve));
    const socketClosed = new Promise<number>((resolve) => socket.once('close', resolve));

    // The requests above left a keep-alive connection open, as a browser does.
    server.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(await socketClosed).toBeGreaterThan(0);
  });
});
