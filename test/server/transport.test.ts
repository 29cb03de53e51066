import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { errorCode } from '../support/graphql';
import { startTestServer, type TestServer } from '../support/server';

describe('the HTTP and WebSocket endpoints', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ demo: true });
  });
  afterAll(() => server.close());

  it('answers /healthz with 200 while the database answers', async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('answers GET /graphql for queries', async () => {
    const response = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ meetings { title } }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(response.status).toBe(200);
    expect(((await response.json()) as any).data.meetings).toHaveLength(1);
  });

  it('executes operations over graphql-ws on the same port and path', async () => {
    const client = createClient({ url: server.wsUrl, webSocketImpl: WebSocket, retryAttempts: 0, lazy: true });
    try {
      const results = [];
      for await (const result of client.iterate({ query: '{ meetings { workingTables { title } } }' })) results.push(result);
      expect(results).toEqual([
        { data: { meetings: [{ workingTables: [{ title: 'Chancen' }, { title: 'Kritik' }, { title: 'Konkretion – Realisierung' }] }] } },
      ]);
    } finally {
      await client.dispose();
    }
  });

  it('refuses a malformed document with GRAPHQL_PARSE_FAILED and keeps serving', async () => {
    const malformed = await server.gql('{ meetings { id ');
    expect(malformed.status).toBe(400);
    expect(errorCode(malformed)).toBe('GRAPHQL_PARSE_FAILED');
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });
});
