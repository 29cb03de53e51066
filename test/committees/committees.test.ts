import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCommittee, demoIds } from '../support/factories';
import { errorCode } from '../support/graphql';
import { startTestServer, type TestServer } from '../support/server';

const ADD = `mutation ($input: AddMembershipInput!) { addMembership(input: $input) { id role since until person { name } committee { name } } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdateMembershipInput!) { updateMembership(id: $id, input: $input) { id role since until } }`;
const REMOVE = `mutation ($id: ID!) { removeMembership(id: $id) }`;
const COMMITTEE = `query ($id: ID!) { committee(id: $id) { name kind parent { shortName } region { name } subcommittees { name } memberships { role person { name } } } }`;

describe('committees and their members', () => {
  let server: TestServer;
  let ids: Awaited<ReturnType<typeof demoIds>>;

  beforeAll(async () => {
    server = await startTestServer({ demo: true });
    ids = await demoIds(server);
  });
  afterAll(() => server.close());

  it('lists the demo bodies: SZ², the AG umbrella and its four regional AGs', async () => {
    const { data } = await server.gql(COMMITTEE, { id: ids.committee('AG') });
    expect(data!.committee.subcommittees.map((c: any) => c.name)).toEqual([
      'AG nach § 78 SGB VIII – Region 1',
      'AG nach § 78 SGB VIII – Region 2',
      'AG nach § 78 SGB VIII – Region 3',
      'AG nach § 78 SGB VIII – Region 4',
    ]);
    expect(data!.committee.region.name).toBe('Steglitz-Zehlendorf');
  });

  describe('refusals, which change nothing', () => {
    it('refuses a blank name and an unknown kind with BAD_USER_INPUT', async () => {
      const blank = await server.gql(`mutation { createCommittee(input: { name: " ", kind: OTHER }) { id } }`);
      expect(errorCode(blank)).toBe('BAD_USER_INPUT');
      expect(blank.errors![0]!.extensions!.field).toBe('name');
      const unknownKind = await server.gql(`mutation { createCommittee(input: { name: "Beirat", kind: COUNCIL }) { id } }`);
      expect(errorCode(unknownKind)).toBe('BAD_USER_INPUT');
      expect((await server.gql(`{ committees { id } }`)).data!.committees).toHaveLength(6);
    });

    it('refuses to place a committee below its own sub-committee', async () => {
      const parent = await buildCommittee(server, { name: 'Steuerungsgruppe' });
      const child = await buildCommittee(server, { name: 'Unterarbeitsgruppe', parentId: parent.id });
      const response = await server.gql(`mutation ($id: ID!, $parentId: ID) { updateCommittee(id: $id, input: { parentId: $parentId }) { id } }`, {
        id: parent.id,
        parentId: child.id,
      });
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(response.errors![0]!.extensions!.field).toBe('parentId');
      expect((await server.gql(COMMITTEE, { id: parent.id })).data!.committee.parent).toBeNull();
    });

    it('refuses a second membership of the same person with CONFLICT and a period that ends before it starts', async () => {
      const committee = await buildCommittee(server);
      const input = { committeeId: committee.id, personId: ids.person('Wolfgang Hinte'), role: 'GUEST' };
      expect((await server.gql(ADD, { input })).errors).toBeUndefined();
      expect(errorCode(await server.gql(ADD, { input: { ...input, role: 'MEMBER' } }))).toBe('CONFLICT');
      const backwards = await server.gql(ADD, {
        input: { ...input, personId: ids.person('Ingrid Krammer'), since: '2013-01-01', until: '2012-01-01' },
      });
      expect(errorCode(backwards)).toBe('BAD_USER_INPUT');
      expect(backwards.errors![0]!.extensions!.field).toBe('until');
      const { data } = await server.gql(COMMITTEE, { id: committee.id });
      expect(data!.committee.memberships).toEqual([{ role: 'GUEST', person: { name: 'Wolfgang Hinte' } }]);
    });
  });

  it('names a speaker for a working group, changes the role and removes the membership', async () => {
    const group = await buildCommittee(server, { name: 'AG Sozialraumbudget', parentId: ids.committee('AG') });
    const added = await server.gql(ADD, {
      input: { committeeId: group.id, personId: ids.person('Oliver Schruoffenegger'), role: 'MEMBER', since: '2012-10-19' },
    });
    expect(added.data!.addMembership).toMatchObject({
      role: 'MEMBER',
      since: '2012-10-19',
      until: null,
      person: { name: 'Oliver Schruoffenegger' },
      committee: { name: 'AG Sozialraumbudget' },
    });
    const id = added.data!.addMembership.id;
    expect((await server.gql(UPDATE, { id, input: { role: 'SPEAKER' } })).data!.updateMembership.role).toBe('SPEAKER');
    expect((await server.gql(COMMITTEE, { id: group.id })).data!.committee).toMatchObject({
      parent: { shortName: 'AG' },
      memberships: [{ role: 'SPEAKER', person: { name: 'Oliver Schruoffenegger' } }],
    });
    expect((await server.gql(REMOVE, { id })).data!.removeMembership).toBe(id);
    expect((await server.gql(COMMITTEE, { id: group.id })).data!.committee.memberships).toEqual([]);
  });

  it('renames and deletes a committee', async () => {
    const committee = await buildCommittee(server, { name: 'Arbeitskreis' });
    const renamed = await server.gql(`mutation ($id: ID!) { updateCommittee(id: $id, input: { name: "Arbeitskreis Prävention", description: null }) { name description } }`, {
      id: committee.id,
    });
    expect(renamed.data!.updateCommittee).toEqual({ name: 'Arbeitskreis Prävention', description: null });
    expect((await server.gql(`mutation ($id: ID!) { deleteCommittee(id: $id) }`, { id: committee.id })).data!.deleteCommittee).toBe(committee.id);
    expect(errorCode(await server.gql(COMMITTEE, { id: committee.id }))).toBe('NOT_FOUND');
  });
});
