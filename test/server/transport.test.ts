import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { type SessionClient, signInDemo } from '../support/auth';
import { errorCode } from '../support/graphql';
import { startTestServer, type TestServer } from '../support/server';

describe('the HTTP and WebSocket endpoints', () => {
  let server: TestServer;
  /** The demo meeting's facilitator: the queries below read that meeting. */
  let facilitator: SessionClient;
  beforeAll(async () => {
    server = await startTestServer({ demo: true });
    facilitator = await signInDemo(server, 'reinhard.hoffmann@planwerk.example');
  });
  afterAll(() => server.close());

  it('answers /healthz with 200 while the database answers', async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('answers GET /graphql for queries, and refuses them without a session', async () => {
    const get = (headers: Record<string, string>) =>
      fetch(`${server.url}/graphql?query=${encodeURIComponent('{ meetings { title } }')}`, {
        headers: { 'apollo-require-preflight': 'true', ...headers },
      });
    const response = await get(facilitator.headers);
    expect(response.status).toBe(200);
    expect(((await response.json()) as any).data.meetings).toHaveLength(1);
    const anonymous = await get({});
    expect(await anonymous.json()).toMatchObject({ errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
  });

  it('executes operations over graphql-ws on the same port and path', async () => {
    const client = createClient({
      url: server.wsUrl,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      lazy: true,
      connectionParams: { token: facilitator.token },
    });
    try {
      const results = [];
      for await (const result of client.iterate({ query: '{ meetings { workingTables { title } } }' }))
        results.push(result);
      expect(results).toEqual([
        {
          data: {
            meetings: [
              { workingTables: [{ title: 'Chancen' }, { title: 'Kritik' }, { title: 'Konkretion – Realisierung' }] },
            ],
          },
        },
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
