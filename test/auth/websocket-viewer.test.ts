import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAs } from '../support/auth';
import { errorCode } from '../support/graphql';
import { startTestServer, type TestServer } from '../support/server';
import { wsClient } from '../support/ws';

const CREATE_COMMITTEE = `mutation ($name: String!) { createCommittee(input: { name: $name, kind: WORKING_GROUP }) { id } }`;

describe('the viewer of a WebSocket', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('is looked up again once access changed: an admin demoted over an open socket loses the right at the next operation', async () => {
    const demoted = await signInAs(server, 'admin');
    const other = await signInAs(server, 'admin');
    const socket = wsClient(server, demoted.token);
    const run = async (name: string) =>
      (await socket.iterate({ query: CREATE_COMMITTEE, variables: { name } }).next()).value;

    expect(errorCode({ status: 0, ...(await run('AG vorher')) })).toBeUndefined();
    const demotion = await other.gql(
      `mutation ($id: ID!) { updateAccount(id: $id, input: { isAdmin: false }) { id } }`,
      {
        id: demoted.user.accountId,
      },
    );
    expect(demotion.errors).toBeUndefined();
    expect(errorCode({ status: 0, ...(await run('AG nachher')) })).toBe('FORBIDDEN');
    await socket.dispose();
  });
});
