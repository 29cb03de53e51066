import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { signInDemo } from '../support/auth';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { DEMO_ADMIN, spawnServer } from '../support/process';

describe('the server process', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  it('starts with the demo data and shuts down cleanly on SIGTERM, closing open WebSockets', async () => {
    const server = await spawnServer({ DATABASE_URL: db.url });
    expect(server.port).toBeGreaterThan(0);
    const admin = await signInDemo(server, DEMO_ADMIN);
    expect((await admin.gql('{ meetings { title } }')).data!.meetings).toHaveLength(1);

    const socket = new WebSocket(server.wsUrl, 'graphql-transport-ws');
    await new Promise((resolve) => socket.once('open', resolve));
    const socketClosed = new Promise<number>((resolve) => socket.once('close', resolve));

    expect(await server.stop('SIGTERM')).toBe(0);
    expect(await socketClosed).toBeGreaterThan(0);
  });
});
