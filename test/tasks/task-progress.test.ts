import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoIds } from '../support/factories';
import { errorCode } from '../support/graphql';
import { startTestServer, type TestServer } from '../support/server';

const ADD = `mutation ($taskId: ID!, $text: String!, $status: TaskStatus, $authorId: ID) {
  addTaskProgress(taskId: $taskId, text: $text, status: $status, authorId: $authorId) {
    id text status createdAt author { name } task { id status }
  }
}`;
const HISTORY = `query ($id: ID!) { task(id: $id) { status progress { text status author { name } } } }`;

describe('progress notes on a next step', () => {
  let server: TestServer;
  let taskId: string;
  let authorId: string;

  const history = async () => (await server.gql(HISTORY, { id: taskId })).data!.task;

  beforeAll(async () => {
    server = await startTestServer({ demo: true });
    const { data } = await server.gql(`{ tasks { id ownerLabel } }`);
    taskId = data!.tasks.find((t: any) => t.ownerLabel === 'SZ2').id;
    authorId = (await demoIds(server)).person('Reinhard Hoffmann');
  });
  afterAll(() => server.close());

  describe('refusals, which change nothing', () => {
    it.each([
      ['a blank text', { text: ' \n ' }, 'BAD_USER_INPUT', 'text'],
      ['a text of 20,001 characters', { text: 'x'.repeat(20_001) }, 'BAD_USER_INPUT', 'text'],
      ['an unknown status', { text: 'ok', status: 'FINISHED' }, 'BAD_USER_INPUT', undefined],
      ['a malformed task id', { text: 'ok', taskId: 'x' }, 'BAD_USER_INPUT', 'taskId'],
      ['an unknown task', { text: 'ok', taskId: '00000000-0000-4000-8000-000000000000' }, 'NOT_FOUND', undefined],
      ['an unknown author', { text: 'ok', authorId: '00000000-0000-4000-8000-000000000000' }, 'NOT_FOUND', undefined],
    ])('refuses %s', async (_case, input, code, field) => {
      const before = await history();
      const response = await server.gql(ADD, { taskId, ...input });
      expect(errorCode(response)).toBe(code);
      if (field) expect(response.errors![0]!.extensions!.field).toBe(field);
      expect(await history()).toEqual(before);
    });
  });

  it('keeps the notes as a history and moves the step to the status given with a note', async () => {
    const first = (
      await server.gql(ADD, { taskId, text: 'Entwurf der Positionierung liegt vor', status: 'IN_PROGRESS', authorId })
    ).data!.addTaskProgress;
    expect(first).toMatchObject({
      status: 'IN_PROGRESS',
      author: { name: 'Reinhard Hoffmann' },
      task: { id: taskId, status: 'IN_PROGRESS' },
    });
    await server.gql(ADD, { taskId, text: 'Benennung folgt im Januar' });
    expect(await history()).toEqual({
      status: 'IN_PROGRESS',
      progress: [
        { text: 'Entwurf der Positionierung liegt vor', status: 'IN_PROGRESS', author: { name: 'Reinhard Hoffmann' } },
        { text: 'Benennung folgt im Januar', status: null, author: null },
      ],
    });
  });
});
