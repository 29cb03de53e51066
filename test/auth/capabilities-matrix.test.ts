import { isObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CapabilitySource } from '../../server/auth/capabilities';
import { buildPlanwerkSchema } from '../../server/schema';
import { startTestServer, type TestServer } from '../support/server';
import { allowedBy, CAPABILITIES, type Host, hostQuery, ruleOf, selection } from './capability-rules';
import { buildMatrixFixture, type MatrixFixture, ROLES, type Role } from './matrix-fixture';

/** Every capability field of the schema, by the rule its `capability` extension names. */
async function schemaCapabilities(): Promise<string[]> {
  const schema = await buildPlanwerkSchema();
  const keys = new Set<string>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || !type.name.endsWith('Capabilities')) continue;
    for (const field of Object.values(type.getFields())) {
      const source = field.extensions.capability as CapabilitySource | undefined;
      if (source) keys.add(`${source.policy}.${source.action}`);
    }
  }
  return [...keys].sort();
}

describe('capabilities agree with the authorization matrix: every capability × every role', () => {
  let server: TestServer;
  let f: MatrixFixture;
  let taskId: string;
  /** What each role's viewerCan says, per host, read once. */
  const answers = new Map<string, unknown>();

  beforeAll(async () => {
    server = await startTestServer();
    f = await buildMatrixFixture(server);
    const { data } = await f.admin.gql(`query ($id: ID!) { meeting(id: $id) { tasks { id } } }`, {
      id: f.meetingA.id,
    });
    taskId = data!.meeting.tasks[0].id;
  });
  afterAll(() => server.close());

  /** The viewer's capabilities on a host; a host the viewer may not read allows them nothing (null). */
  async function capabilitiesOn(role: Role, host: Host): Promise<unknown> {
    const key = `${role}:${host}`;
    if (!answers.has(key)) {
      const paths = Object.values(CAPABILITIES)
        .filter((capability) => capability.host === host)
        .map((capability) => capability.path);
      const request = hostQuery(host, selection(paths), f, taskId);
      const { data, errors } = await f.sessions[role].gql(request.query, request.variables);
      if (errors) expect(errors[0]?.extensions?.code, JSON.stringify(errors)).toMatch(/^(FORBIDDEN|UNAUTHENTICATED)$/);
      answers.set(key, errors ? null : (request.pick(data) ?? null));
    }
    return answers.get(key);
  }

  it('has a row for exactly the capability fields of the schema', async () => {
    expect(
      Object.keys(CAPABILITIES).sort(),
      'add the capability and its rule to test/auth/capability-rules.ts',
    ).toEqual(await schemaCapabilities());
  });

  it('asks each capability under one rule shared by every mutation it guards', () => {
    for (const [name, capability] of Object.entries(CAPABILITIES)) expect(ruleOf(capability), name).toBeTruthy();
  });

  describe.each(Object.entries(CAPABILITIES))('%s', (_name, capability) => {
    it.each(ROLES)('as %s', async (role: Role) => {
      const shown = await capabilitiesOn(role, capability.host);
      const value = shown === null ? false : capability.path.split('.').reduce((at: any, key) => at?.[key], shown);
      expect(value, `${ruleOf(capability)} decides`).toBe(allowedBy(capability).includes(role));
    });
  });
});
