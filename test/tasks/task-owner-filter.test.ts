import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SessionClient, signInAs } from '../support/auth';
import { demoIds } from '../support/factories';
import { errorCode } from '../support/graphql';
import { startTestServer, type TestServer } from '../support/server';

const TASKS = `query ($filter: TaskFilter) { tasks(filter: $filter) { ownerLabel } }`;

/** "My bodies" on the next-steps page: the steps of any of several owners at once. */
describe('next steps of several owners (TaskFilter.ownerIds)', () => {
  let server: TestServer;
  let admin: SessionClient;
  let ids: Awaited<ReturnType<typeof demoIds>>;
  const owners = async (filter: object) => {
    const response = await admin.gql(TASKS, { filter });
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    return response.data!.tasks.map((task: { ownerLabel: string }) => task.ownerLabel).sort();
  };

  beforeAll(async () => {
    server = await startTestServer({ demo: true });
    admin = await signInAs(server, 'admin');
    ids = await demoIds(admin);
  });
  afterAll(() => server.close());

  describe('refusals', () => {
    it('refuses a malformed id in the list with BAD_USER_INPUT for ownerIds', async () => {
      const response = await admin.gql(TASKS, { filter: { ownerIds: [ids.committee('AG'), 'SZ2'] } });
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(response.errors![0]!.extensions!.field).toMatch(/ownerIds$/);
    });

    it('refuses more than 100 ids with BAD_USER_INPUT', async () => {
      const many = Array.from({ length: 101 }, () => ids.committee('AG'));
      expect(errorCode(await admin.gql(TASKS, { filter: { ownerIds: many } }))).toBe('BAD_USER_INPUT');
    });

    it('refuses anonymous visitors with UNAUTHENTICATED', async () => {
      expect(errorCode(await server.gql(TASKS, { filter: { ownerIds: [ids.committee('AG')] } }))).toBe(
        'UNAUTHENTICATED',
      );
    });
  });

  it('lists the steps of any owner in the list, whatever kind each is', async () => {
    expect(await owners({ ownerIds: [ids.committee('SZ²'), ids.committee('AG')] })).toEqual(['AG', 'SZ2']);
    expect(await owners({ ownerIds: [ids.organization('JugA'), ids.person('Reinhard Hoffmann')] })).toEqual(['JugA']);
  });

  it('lists nothing for an empty list, and narrows the other filters further', async () => {
    expect(await owners({ ownerIds: [] })).toEqual([]);
    expect(
      await owners({ ownerIds: [ids.committee('SZ²'), ids.committee('AG')], ownerId: ids.committee('AG') }),
    ).toEqual(['AG']);
    expect(await owners({ ownerIds: [ids.committee('SZ²')], status: ['DONE'] })).toEqual([]);
  });
});
