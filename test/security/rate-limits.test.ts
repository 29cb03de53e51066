import type { GraphQLFormattedError } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAs } from '../support/auth';
import { errorCode } from '../support/graphql';
import { startTestServer, type TestServer } from '../support/server';
import { wsClient } from '../support/ws';

const TINY = {
  sessionMutations: { points: 3, duration: 60 },
  anonymousMutations: { points: 4, duration: 60 },
  failedSecretsPerAddress: { points: 10, duration: 60 },
  failedSecretsPerSubject: { points: 10, duration: 60 },
};
const CREATE_COMMITTEE = `mutation { createCommittee(input: { name: "AG", kind: WORKING_GROUP }) { id } }`;

describe('rate limits on mutations', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ rateLimits: TINY });
  });
  afterAll(() => server.close());

  it("refuses a session's mutations beyond its budget with RATE_LIMITED (429, Retry-After), over HTTP and WebSocket", async () => {
    const admin = await signInAs(server, 'admin');
    const other = await signInAs(server, 'admin');
    for (let index = 0; index < TINY.sessionMutations.points; index += 1) {
      expect((await admin.gql(CREATE_COMMITTEE)).errors).toBeUndefined();
    }
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...admin.headers },
      body: JSON.stringify({ query: CREATE_COMMITTEE }),
    });
    const body = await response.json();
    expect([response.status, body.errors[0].extensions.code]).toEqual([429, 'RATE_LIMITED']);
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);

    const ws = wsClient(server, admin.token);
    // Refused before it runs: graphql-ws reports that as an error message, which the client throws.
    const refusal: GraphQLFormattedError[] = await ws
      .iterate({ query: CREATE_COMMITTEE })
      .next()
      .then(
        () => [],
        (errors) => errors,
      );
    expect(errorCode({ status: 0, errors: refusal })).toBe('RATE_LIMITED');
    await ws.dispose();

    expect((await admin.gql(`{ committees { id } }`)).errors, 'queries are not limited').toBeUndefined();
    expect((await other.gql(CREATE_COMMITTEE)).errors, 'other sessions keep their budget').toBeUndefined();
  });

  it("refuses anonymous mutations (signing in, joining) beyond the IP's budget", async () => {
    const fresh = await startTestServer({ rateLimits: TINY });
    try {
      const attempt = () =>
        fresh.gql(`mutation { signIn(input: { email: "x@test.example", password: "falsch-falsch" }) { token } }`);
      for (let index = 0; index < TINY.anonymousMutations.points; index += 1)
        expect(errorCode(await attempt())).toBe('UNAUTHENTICATED');
      expect(errorCode(await attempt())).toBe('RATE_LIMITED');
    } finally {
      await fresh.close();
    }
  });
});
