import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SessionClient, signInDemo } from '../support/auth';
import { demoIds } from '../support/factories';
import { errorCode } from '../support/graphql';
import { startTestServer, type TestServer } from '../support/server';

const CREATE = `mutation ($input: CreateTaskInput!) {
  createTask(input: $input) { id ownerLabel items dueLabel dueDate status overdue daysOverdue owner { __typename } }
}`;
const UPDATE = `mutation ($id: ID!, $input: UpdateTaskInput!) {
  updateTask(id: $id, input: $input) { id dueLabel dueDate status overdue }
}`;
const TASKS = `query ($filter: TaskFilter) { tasks(filter: $filter) { id dueLabel dueDate status overdue daysOverdue } }`;

/** Everything runs on 15 January 2013 in Berlin: the November and December steps are late, Easter is ahead. */
const TODAY = new Date('2013-01-15T10:00:00+01:00');

describe('next steps (Wer / Was / Bis wann)', () => {
  let server: TestServer;
  /** The demo meeting's facilitator, who keeps its next steps. */
  let facilitator: SessionClient;
  let meetingId: string;
  let ids: Awaited<ReturnType<typeof demoIds>>;
  const labels = async (filter: object) =>
    ((await facilitator.gql(TASKS, { filter })).data!.tasks as any[]).map((t) => t.dueLabel);
  /** Creates a next step of the demo meeting. */
  const create = (client: SessionClient, input: Record<string, unknown>) =>
    client.gql(CREATE, { input: { meetingId, ...input } });

  beforeAll(async () => {
    server = await startTestServer({ demo: true, now: () => TODAY });
    facilitator = await signInDemo(server, 'reinhard.hoffmann@planwerk.example');
    meetingId = (await facilitator.gql(`{ meetings { id } }`)).data!.meetings[0].id;
    ids = await demoIds(facilitator);
  });
  afterAll(() => server.close());

  describe('refusals, which change nothing', () => {
    it('lets participants read the next steps but not add or change them (FORBIDDEN)', async () => {
      const participant = await signInDemo(server, 'wolfgang.hinte@planwerk.example');
      const [task] = (await participant.gql(TASKS)).data!.tasks;
      expect(errorCode(await create(participant, { ownerId: ids.committee('SZ²'), items: ['Positionierung'] }))).toBe(
        'FORBIDDEN',
      );
      expect(errorCode(await participant.gql(UPDATE, { id: task.id, input: { dueLabel: 'Sommer 2013' } }))).toBe(
        'FORBIDDEN',
      );
      expect(errorCode(await server.gql(TASKS))).toBe('UNAUTHENTICATED');
      expect((await facilitator.gql(TASKS)).data!.tasks[0]).toEqual(task);
      expect(await labels({})).toHaveLength(3);
    });

    it.each([
      ['no items', { items: [] }, 'items'],
      ['a blank item', { items: ['  '] }, 'items'],
      ['a malformed owner id', { ownerId: 'SZ2' }, 'ownerId'],
      ['an overlong due label', { dueLabel: 'x'.repeat(101) }, 'dueLabel'],
    ])('refuses %s with BAD_USER_INPUT', async (_case, input, field) => {
      const response = await create(facilitator, {
        ownerId: ids.committee('SZ²'),
        items: ['Positionierung'],
        ...input,
      });
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(response.errors![0]!.extensions!.field).toBe(field);
      expect(await labels({})).toHaveLength(3);
    });

    it('refuses an owner that does not exist with NOT_FOUND', async () => {
      const response = await create(facilitator, {
        ownerId: '00000000-0000-4000-8000-000000000000',
        items: ['Positionierung'],
      });
      expect(errorCode(response)).toBe('NOT_FOUND');
    });

    it('refuses an invalid status and an invalid date with BAD_USER_INPUT', async () => {
      const [task] = (await facilitator.gql(TASKS)).data!.tasks;
      expect(errorCode(await facilitator.gql(UPDATE, { id: task.id, input: { status: 'FINISHED' } }))).toBe(
        'BAD_USER_INPUT',
      );
      expect(errorCode(await facilitator.gql(UPDATE, { id: task.id, input: { dueDate: '2013-02-30' } }))).toBe(
        'BAD_USER_INPUT',
      );
      expect((await facilitator.gql(TASKS)).data!.tasks[0]).toEqual(task);
    });
  });

  it('marks the demo steps of November and December 2012 overdue on 15 January 2013, with days late', async () => {
    const { data } = await facilitator.gql(TASKS);
    expect(data!.tasks.map((t: any) => [t.dueLabel, t.dueDate, t.overdue, t.daysOverdue])).toEqual([
      ['November 2012', '2012-11-30', true, 46],
      ['Dezember 2012', '2012-12-31', true, 15],
      ['Ostern 2013', '2013-03-31', false, null],
    ]);
  });

  it('keeps the label as written, resolves it, and keeps an unresolvable one without a date', async () => {
    const resolved = await create(facilitator, {
      ownerId: ids.organization('JugA'),
      items: ['Modellregion benennen'],
      dueLabel: 'Frühjahr 2013',
    });
    expect(resolved.data!.createTask).toMatchObject({
      ownerLabel: 'JugA',
      dueLabel: 'Frühjahr 2013',
      dueDate: '2013-05-31',
      status: 'OPEN',
      owner: { __typename: 'Organization' },
    });
    const loose = await create(facilitator, {
      ownerId: ids.person('Reinhard Hoffmann'),
      items: ['Protokoll versenden'],
      dueLabel: 'nächste Sitzung',
    });
    expect(loose.data!.createTask).toMatchObject({
      dueLabel: 'nächste Sitzung',
      dueDate: null,
      overdue: false,
      ownerLabel: 'Reinhard Hoffmann',
    });
  });

  it('re-resolves the date when the label changes, and lets a given date win', async () => {
    const { data } = await create(facilitator, {
      ownerId: ids.committee('AG'),
      items: ['Modell vorstellen'],
      dueLabel: 'Ostern 2013',
    });
    const id = data!.createTask.id;
    expect(
      (await facilitator.gql(UPDATE, { id, input: { dueLabel: 'Pfingsten 2013' } })).data!.updateTask.dueDate,
    ).toBe('2013-05-19');
    expect((await facilitator.gql(UPDATE, { id, input: { dueDate: '2013-06-01' } })).data!.updateTask).toMatchObject({
      dueLabel: 'Pfingsten 2013',
      dueDate: '2013-06-01',
    });
    await facilitator.gql(`mutation ($id: ID!) { deleteTask(id: $id) }`, { id });
  });

  it('filters by owner, status, due day and overdue', async () => {
    expect(await labels({ ownerId: ids.committee('SZ²') })).toEqual(['Dezember 2012']);
    expect(await labels({ overdue: true })).toEqual(['November 2012', 'Dezember 2012']);
    expect(await labels({ dueBefore: '2012-12-31', status: ['OPEN'] })).toEqual(['November 2012', 'Dezember 2012']);

    const [november] = (await facilitator.gql(TASKS, { filter: { overdue: true } })).data!.tasks;
    const done = await facilitator.gql(UPDATE, { id: november.id, input: { status: 'DONE' } });
    expect(done.data!.updateTask).toMatchObject({ status: 'DONE', overdue: false });
    expect(await labels({ overdue: true })).toEqual(['Dezember 2012']);
    expect(await labels({ status: ['DONE'] })).toEqual(['November 2012']);
  });
});
