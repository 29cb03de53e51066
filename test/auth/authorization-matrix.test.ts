import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '../../server/audit/audit-entry.entity';
import { buildPlanwerkSchema } from '../../server/schema';
import type { GqlClient, SessionClient } from '../support/auth';
import { errorCode, type GraphQLResponse } from '../support/graphql';
import { startTestServer, type TestServer } from '../support/server';
import { closeCode, firstResult, subscribe, wsClient } from '../support/ws';
import { buildMatrixFixture, type MatrixFixture, ROLES, type Role } from './matrix-fixture';
import { OPERATIONS, type OperationRequest, type OperationRule, RULES } from './operation-rules';

// Not a test of rate limits: the matrix sends many anonymous mutations from one IP.
const GENEROUS = {
  sessionMutations: { points: 100_000, duration: 60 },
  anonymousMutations: { points: 100_000, duration: 60 },
  failedSecretsPerAddress: { points: 100_000, duration: 60 },
  failedSecretsPerSubject: { points: 100_000, duration: 60 },
};

/** A subscription's outcome in the shape of an HTTP response: its first event, or its refusal. */
async function subscriptionOutcome(
  f: MatrixFixture,
  client: GqlClient,
  request: OperationRequest,
  operation: OperationRule,
) {
  const token = (client as Partial<SessionClient>).token;
  const subscription = subscribe(wsClient(f.server, token), request.query, request.variables);
  try {
    const result = await firstResult(subscription, () => operation.trigger!(f));
    return result.value as GraphQLResponse<unknown>;
  } catch (error) {
    if (closeCode(error) === 4401)
      return { status: 0, errors: [{ message: 'closed', extensions: { code: 'UNAUTHENTICATED' } }] };
    if (Array.isArray(error)) return { status: 0, errors: error };
    throw error;
  } finally {
    await subscription.dispose();
  }
}

describe('authorization matrix: every mutation and subscription × every role', () => {
  let server: TestServer;
  let f: MatrixFixture;
  const auditEntries = () => server.db.orm.em.fork().count(AuditEntry);

  beforeAll(async () => {
    server = await startTestServer({ rateLimits: GENEROUS });
    f = await buildMatrixFixture(server);
  });
  afterAll(() => server.close());

  it('has a rule for exactly the mutations and subscriptions of the schema', async () => {
    const schema = await buildPlanwerkSchema();
    const operations = [schema.getMutationType(), schema.getSubscriptionType()].flatMap((type) =>
      Object.keys(type?.getFields() ?? {}),
    );
    expect(
      Object.keys(OPERATIONS).sort(),
      'add the new operation and its rule to test/auth/operation-rules.ts',
    ).toEqual(operations.sort());
  });

  describe.each(Object.entries(OPERATIONS))('%s', (_name, operation) => {
    it.each(ROLES)('as %s', async (role: Role) => {
      const allowed = (RULES[operation.rule] as readonly Role[]).includes(role);
      const client = operation.endsSession ? await f.freshSession(role) : f.sessions[role];
      const request = await operation.request(f);
      const before = await auditEntries();

      const outcome = operation.trigger
        ? await subscriptionOutcome(f, client, request, operation)
        : await client.gql(request.query, request.variables);

      if (allowed) {
        expect(outcome.errors, JSON.stringify(outcome.errors)).toBeUndefined();
        return;
      }
      expect(errorCode(outcome)).toBe(role === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
      if (!operation.trigger) expect(await auditEntries(), 'a refused operation changes nothing').toBe(before);
    });
  });
});
