import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SessionClient, signInAs } from '../support/auth';
import { addMember, buildCommittee } from '../support/factories';
import { errorCode } from '../support/graphql';
import { startTestServer, type TestServer } from '../support/server';

const CREATE = `mutation ($input: CreateTaskInput!) { createTask(input: $input) { id ownerLabel items } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdateTaskInput!) {
  updateTask(id: $id, input: $input) { id ownerLabel items owner { ... on Committee { name } ... on Person { name } } }
}`;
const DELETE = `mutation ($id: ID!) { deleteTask(id: $id) }`;
type User = Awaited<ReturnType<typeof signInAs>>;

const TASK = `query ($id: ID!) { task(id: $id) { ownerLabel items dueLabel } }`;

/**
 * Next steps without a meeting: a body's own to-do list. Its members, speakers and coordinators
 * keep it; guests of the body, members of the bodies below it and everyone else only read it
 * (or report progress, as owners), and a person keeps their own.
 */
describe('next steps without a meeting (a body’s own list)', () => {
  let server: TestServer;
  let admin: SessionClient;
  let member: User;
  let guestMember: User;
  let subgroupMember: User;
  let outsider: User;
  let group: { id: string };
  let subgroup: { id: string };
  let otherGroup: { id: string };

  const input = (ownerId: string, extra: Record<string, unknown> = {}) => ({
    input: { ownerId, items: ['Positionierung entwerfen'], dueLabel: 'Ostern 2027', ...extra },
  });
  const stepOf = async (ownerId: string) => (await admin.gql(CREATE, input(ownerId))).data!.createTask.id as string;
  const read = async (id: string) => (await admin.gql(TASK, { id })).data!.task;

  beforeAll(async () => {
    server = await startTestServer();
    admin = await signInAs(server, 'admin');
    group = await buildCommittee(admin, { name: 'AG Sozialraumbudget', shortName: 'AG SRB' });
    subgroup = await buildCommittee(admin, { name: 'AG Region 1', parentId: group.id });
    otherGroup = await buildCommittee(admin, { name: 'Beirat' });
    const person = async (name: string, committeeId: string | null, role = 'MEMBER') => {
      const client = await signInAs(server, 'user', { name });
      if (committeeId) await addMember(admin, committeeId, client.user.personId, role);
      return client;
    };
    member = await person('Mira Mitglied', group.id);
    guestMember = await person('Gerd Gast', group.id, 'GUEST');
    subgroupMember = await person('Rita Region', subgroup.id);
    outsider = await person('Otto Außen', otherGroup.id, 'SPEAKER');
  });
  afterAll(() => server.close());

  describe('refusals, which change nothing', () => {
    it('refuses a body’s guests, members of the bodies below it and outsiders (FORBIDDEN)', async () => {
      const id = await stepOf(group.id);
      const before = await read(id);
      for (const client of [guestMember, subgroupMember, outsider]) {
        expect(errorCode(await client.gql(CREATE, input(group.id)))).toBe('FORBIDDEN');
        expect(errorCode(await client.gql(UPDATE, { id, input: { items: ['Anders'] } }))).toBe('FORBIDDEN');
        expect(errorCode(await client.gql(DELETE, { id }))).toBe('FORBIDDEN');
      }
      expect(errorCode(await server.gql(CREATE, input(group.id)))).toBe('UNAUTHENTICATED');
      expect(await read(id)).toEqual(before);
      expect((await admin.gql(`{ tasks(filter: { ownerId: "${group.id}" }) { id } }`)).data!.tasks).toEqual([{ id }]);
    });

    it('refuses to hand a step to a body the member does not keep the list of', async () => {
      const id = (await member.gql(CREATE, input(group.id))).data!.createTask.id;
      const handed = await member.gql(UPDATE, { id, input: { ownerId: otherGroup.id } });
      expect(errorCode(handed)).toBe('FORBIDDEN');
      expect((await read(id)).ownerLabel).toBe('AG SRB');
      await member.gql(DELETE, { id });
    });

    it('refuses someone else’s person as owner, and an unknown one with NOT_FOUND', async () => {
      expect(errorCode(await member.gql(CREATE, input(outsider.user.personId)))).toBe('FORBIDDEN');
      const unknown = await member.gql(CREATE, input('00000000-0000-4000-8000-000000000000'));
      expect(errorCode(unknown)).toBe('NOT_FOUND');
    });
  });

  it('lets a member of the body create, change and delete its steps', async () => {
    const created = await member.gql(CREATE, input(group.id));
    expect(created.data!.createTask).toMatchObject({ ownerLabel: 'AG SRB', items: ['Positionierung entwerfen'] });
    const id = created.data!.createTask.id;
    const changed = await member.gql(UPDATE, { id, input: { items: ['Positionierung', 'Benennung Personen'] } });
    expect(changed.data!.updateTask.items).toEqual(['Positionierung', 'Benennung Personen']);
    // A step another member wrote is the body's too.
    const theirs = await stepOf(group.id);
    expect((await member.gql(DELETE, { id: theirs })).data!.deleteTask).toBe(theirs);
    expect((await member.gql(DELETE, { id })).data!.deleteTask).toBe(id);
  });

  it('lets a person keep their own steps, and names the new owner when a step is handed on', async () => {
    const id = (await member.gql(CREATE, input(member.user.personId))).data!.createTask.id;
    expect((await read(id)).ownerLabel).toBe('Mira Mitglied');
    const handed = await member.gql(UPDATE, { id, input: { ownerId: group.id } });
    expect(handed.data!.updateTask).toMatchObject({ ownerLabel: 'AG SRB', owner: { name: 'AG Sozialraumbudget' } });
    // The same owner again keeps a label written by hand.
    await member.gql(UPDATE, { id, input: { ownerLabel: 'AG' } });
    const same = await member.gql(UPDATE, { id, input: { ownerId: group.id, items: ['Modell'] } });
    expect(same.data!.updateTask.ownerLabel).toBe('AG');
  });
});
