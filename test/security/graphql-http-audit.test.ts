import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server';

describe("GraphQL over HTTP: graphql-http's server audit", () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  const audits = serverAudits({ url: () => `${server.url}/graphql` });

  it.each(audits.filter((audit) => audit.name.startsWith('MUST')).map((audit) => [audit.name, audit] as const))(
    '%s',
    async (_name, audit) => {
      const result = await audit.fn();
      expect(result.status, 'reason' in result ? result.reason : undefined).toBe('ok');
    },
  );

  it('passes as many SHOULD and MAY audits as bare Apollo 5 does (42 of 48, see STACK.md)', async () => {
    const optional = audits.filter((audit) => !audit.name.startsWith('MUST'));
    const results = await Promise.all(optional.map((audit) => audit.fn()));
    expect(results.filter((result) => result.status === 'ok').length).toBeGreaterThanOrEqual(42);
  });
});
