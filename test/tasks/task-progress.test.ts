import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GqlClient, joinAsGuest, type SessionClient, signInAs, signInDemo } from '../support/auth';
import { addMember, demoIds, openJoin } from '../support/factories';
import { errorCode } from '../support/graphql';
import { startTestServer, type TestServer } from '../support/server';

const ADD = `mutation ($taskId: ID!, $text: String!, $status: TaskStatus) {
  addTaskProgress(taskId: $taskId, text: $text, status: $status) {
    id text status createdAt author { name } task { id status }
  }
}`;
const HISTORY = `query ($id: ID!) { task(id: $id) { status progress { text status author { name } } } }`;

describe('progress notes on a next step', () => {
  let server: TestServer;
  let facilitator: SessionClient;
  let sz2Member: GqlClient;
  let taskId: string;

  const history = async () => (await facilitator.gql(HISTORY, { id: taskId })).data!.task;

  beforeAll(async () => {
    server = await startTestServer({ demo: true });
    facilitator = await signInDemo(server, 'reinhard.hoffmann@planwerk.example');
    const { data } = await facilitator.gql(`{ meetings { id tasks { id ownerLabel } } }`);
    const [meeting] = data!.meetings;
    taskId = meeting.tasks.find((t: any) => t.ownerLabel === 'SZ2').id;
    const admin = await signInDemo(server, 'admin@planwerk.example');
    const member = await signInAs(server, 'user', { name: 'Sina Steuerung' });
    await addMember(admin, (await demoIds(admin)).committee('SZ²'), member.user.personId);
    sz2Member = member;
  });
  afterAll(() => server.close());

  describe('refusals, which change nothing', () => {
    it.each([
      ['a blank text', { text: ' \n ' }, 'BAD_USER_INPUT', 'text'],
      ['a text of 20,001 characters', { text: 'x'.repeat(20_001) }, 'BAD_USER_INPUT', 'text'],
      ['an unknown status', { text: 'ok', status: 'FINISHED' }, 'BAD_USER_INPUT', undefined],
      ['a malformed task id', { text: 'ok', taskId: 'x' }, 'BAD_USER_INPUT', 'taskId'],
      ['an unknown task', { text: 'ok', taskId: '00000000-0000-4000-8000-000000000000' }, 'NOT_FOUND', undefined],
    ])('refuses %s', async (_case, input, code, field) => {
      const before = await history();
      const response = await facilitator.gql(ADD, { taskId, ...input });
      expect(errorCode(response)).toBe(code);
      if (field) expect(response.errors![0]!.extensions!.field).toBe(field);
      expect(await history()).toEqual(before);
    });

    it('takes the author from the session: an author argument does not exist', async () => {
      const claimed = await facilitator.gql(
        `mutation ($id: ID!) { addTaskProgress(taskId: $id, text: "x", authorId: $id) { id } }`,
        { id: taskId },
      );
      expect(errorCode(claimed)).toBe('GRAPHQL_VALIDATION_FAILED');
    });

    it('refuses anonymous visitors, and participants and guests of the meeting who do not own the step', async () => {
      const before = await history();
      const meetingId = (await facilitator.gql(`{ meetings { id } }`)).data!.meetings[0].id;
      const participant = await signInDemo(server, 'oliver.schruoffenegger@planwerk.example');
      const guest = await joinAsGuest(server, await openJoin(facilitator, meetingId));
      expect(errorCode(await server.gql(ADD, { taskId, text: 'Von außen', status: 'DONE' }))).toBe('UNAUTHENTICATED');
      for (const client of [participant, guest]) {
        expect(errorCode(await client.gql(ADD, { taskId, text: 'Nicht meins', status: 'DONE' }))).toBe('FORBIDDEN');
      }
      expect(await history()).toEqual(before);
    });
  });

  it('keeps the notes as a history by their authors and moves the step to the status given with a note', async () => {
    const first = (
      await facilitator.gql(ADD, { taskId, text: 'Entwurf der Positionierung liegt vor', status: 'IN_PROGRESS' })
    ).data!.addTaskProgress;
    expect(first).toMatchObject({
      status: 'IN_PROGRESS',
      author: { name: 'Reinhard Hoffmann' },
      task: { id: taskId, status: 'IN_PROGRESS' },
    });
    // A member of the owning committee is an owner too.
    expect((await sz2Member.gql(ADD, { taskId, text: 'Benennung folgt im Januar' })).errors).toBeUndefined();
    expect(await history()).toEqual({
      status: 'IN_PROGRESS',
      progress: [
        { text: 'Entwurf der Positionierung liegt vor', status: 'IN_PROGRESS', author: { name: 'Reinhard Hoffmann' } },
        { text: 'Benennung folgt im Januar', status: null, author: { name: 'Sina Steuerung' } },
      ],
    });
  });
});
