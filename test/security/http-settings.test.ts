import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode } from '../support/graphql';
import { startTestServer, type TestServer } from '../support/server';

const INTROSPECT = `{ __schema { queryType { name } } }`;

describe('security settings of the HTTP endpoint', () => {
  describe('by default', () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer();
    });
    afterAll(() => server.close());

    it("blocks requests a browser could send cross-site without asking (Apollo's CSRF prevention)", async () => {
      const form = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: '{"query":"{ __typename }"}',
      });
      expect(form.status).toBe(400);
      const simpleGet = await fetch(`${server.url}/graphql?query=%7B__typename%7D`);
      expect(simpleGet.status).toBe(400);
      const preflighted = await fetch(`${server.url}/graphql?query=%7B__typename%7D`, {
        headers: { 'apollo-require-preflight': 'true' },
      });
      expect(preflighted.status).toBe(200);
    });

    it('tells browsers and proxies never to store a GraphQL answer', async () => {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query":"{ __typename }"}',
      });
      expect(response.headers.get('cache-control')).toBe('no-store');
    });

    it('allows no cross-origin calls unless origins are configured', async () => {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'OPTIONS',
        headers: { origin: 'https://app.example', 'access-control-request-method': 'POST' },
      });
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
    });

    it('answers introspection outside production, with field suggestions', async () => {
      expect((await server.gql(INTROSPECT)).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
      expect((await server.gql(`{ meetngs { id } }`)).errors![0]!.message).toMatch(/Did you mean "meetings"/);
    });
  });

  it('lets the configured origins, and only those, call with credentials', async () => {
    const server = await startTestServer({
      env: { PLANWERK_CORS_ORIGINS: 'https://planwerk.example, http://localhost:5173' },
    });
    try {
      const preflight = (origin: string) =>
        fetch(`${server.url}/graphql`, {
          method: 'OPTIONS',
          headers: {
            origin,
            'access-control-request-method': 'POST',
            'access-control-request-headers': 'content-type',
          },
        });
      const allowed = await preflight('https://planwerk.example');
      expect(allowed.headers.get('access-control-allow-origin')).toBe('https://planwerk.example');
      expect(allowed.headers.get('access-control-allow-credentials')).toBe('true');
      expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await server.close();
    }
  });

  it('in production refuses introspection and hides field suggestions, unless PLANWERK_INTROSPECTION turns it on', async () => {
    const production = await startTestServer({ env: { NODE_ENV: 'production' } });
    const opened = await startTestServer({ env: { NODE_ENV: 'production', PLANWERK_INTROSPECTION: 'true' } });
    try {
      expect(errorCode(await production.gql(INTROSPECT))).toBe('GRAPHQL_VALIDATION_FAILED');
      const typo = await production.gql(`{ meetngs { id } }`);
      expect(typo.errors![0]!.message).not.toMatch(/meetings/);
      expect(typo.errors![0]!.extensions).not.toHaveProperty('stacktrace');
      expect((await opened.gql(INTROSPECT)).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    } finally {
      await production.close();
      await opened.close();
    }
  });
});
