import { describe, expect, it } from 'vitest';
import {
  AddMembershipMutation,
  CommitteesQuery,
  RemoveMembershipMutation,
} from '../../client/committees/committee.operations';
import {
  CreateTaskMutation,
  DeleteTaskMutation,
  TasksQuery,
  UpdateTaskStatusMutation,
} from '../../client/tasks/task.operations';
import { type Body, clientAnswering, deferred, until, watch } from './support/fake-api';

const ag = { __typename: 'Committee', id: 'c-ag', name: 'AG nach § 78 SGB VIII', shortName: 'AG' } as const;
const task = {
  __typename: 'Task',
  id: 't-easter',
  ownerLabel: 'AG',
  owner: ag,
  items: ['Modell für SZ entwickeln'],
  dueLabel: 'Ostern 2013',
  dueDate: '2013-03-31',
  status: 'OPEN',
  overdue: true,
  daysOverdue: 10,
  meeting: null,
  progress: [],
  viewerCan: { __typename: 'TaskCapabilities', manage: true, progress: true },
};

describe('cache: next steps status', () => {
  it('shows a new status at once and rolls it back when the server refuses', async () => {
    const answer = deferred<Body>();
    const { client } = clientAnswering(
      ['Tasks', () => ({ data: { tasks: [task] } })],
      ['UpdateTaskStatus', () => answer.promise],
    );
    const tasks = watch(client.query(TasksQuery, { filter: { overdue: true } }));
    await until(() => tasks.latest()?.tasks[0]?.status === 'OPEN');

    const mutation = client.mutation(UpdateTaskStatusMutation, { id: task.id, status: 'DONE' }).toPromise();
    await until(() => tasks.latest()?.tasks[0]?.status === 'DONE');
    expect(tasks.latest()?.tasks[0]).toMatchObject({ overdue: false, daysOverdue: null });

    answer.resolve({ data: null, errors: [{ message: 'no', extensions: { code: 'FORBIDDEN' } }] });
    const result = await mutation;
    expect(result.error?.graphQLErrors[0]?.extensions.code).toBe('FORBIDDEN');
    await until(() => tasks.latest()?.tasks[0]?.status === 'OPEN');
    expect(tasks.latest()?.tasks[0]).toMatchObject({ overdue: true, daysOverdue: 10 });
  });

  it('asks the server again for the filtered lists once a change is confirmed', async () => {
    let listed = [task];
    const { client, requests } = clientAnswering(
      ['Tasks', () => ({ data: { tasks: listed } })],
      [
        'UpdateTaskStatus',
        () => {
          listed = [];
          return {
            data: {
              updateTask: { __typename: 'Task', id: task.id, status: 'DONE', overdue: false, daysOverdue: null },
            },
          };
        },
      ],
    );
    const overdue = watch(client.query(TasksQuery, { filter: { overdue: true } }));
    await until(() => overdue.latest()?.tasks.length === 1);

    await client.mutation(UpdateTaskStatusMutation, { id: task.id, status: 'DONE' }).toPromise();
    await until(() => overdue.latest()?.tasks.length === 0);
    expect(requests).toEqual(['Tasks', 'UpdateTaskStatus', 'Tasks']);
  });
});

describe('cache: next steps written by hand', () => {
  it('asks the server again for the lists once a step is created, and once one is removed', async () => {
    const created = { ...task, id: 't-new', items: ['Positionierung abstimmen'], dueLabel: 'Ende Januar 2027' };
    let listed = [task];
    const { client, requests } = clientAnswering(
      ['Tasks', () => ({ data: { tasks: listed } })],
      [
        'CreateTask',
        () => {
          listed = [task, created];
          return { data: { createTask: created } };
        },
      ],
      [
        'DeleteTask',
        () => {
          listed = [created];
          return { data: { deleteTask: task.id } };
        },
      ],
    );
    const all = watch(client.query(TasksQuery, { filter: {} }));
    await until(() => all.latest()?.tasks.length === 1);

    const input = { ownerId: ag.id, items: ['Positionierung abstimmen'], dueLabel: 'Ende Januar 2027' };
    await client.mutation(CreateTaskMutation, { input }).toPromise();
    await until(() => all.latest()?.tasks.length === 2);
    await client.mutation(DeleteTaskMutation, { id: task.id }).toPromise();
    await until(
      () =>
        all
          .latest()
          ?.tasks.map((t) => t.id)
          .join() === 't-new',
    );
    expect(requests).toEqual(['Tasks', 'CreateTask', 'Tasks', 'DeleteTask', 'Tasks']);
  });
});

describe('cache: memberships', () => {
  const hoffmann = {
    __typename: 'Person',
    id: 'p-hoffmann',
    name: 'Reinhard Hoffmann',
    title: null,
    organization: null,
  } as const;
  const membership = {
    __typename: 'Membership',
    id: 'm-1',
    role: 'SPEAKER',
    since: null,
    until: null,
    committee: { __typename: 'Committee', id: ag.id },
    person: hoffmann,
  };
  const committee = (memberships: unknown[]) => ({
    ...ag,
    kind: 'WORKING_GROUP',
    description: null,
    region: null,
    parent: null,
    memberships,
    viewerCan: {
      __typename: 'CommitteeCapabilities',
      manage: false,
      edit: true,
      manageMembers: true,
      calendarFeed: { __typename: 'CalendarFeedCapabilities', manage: true },
    },
  });

  it('lists a person named for a committee without asking the server again, and drops a removed one', async () => {
    const { client, requests } = clientAnswering(
      ['Committees', () => ({ data: { committees: [committee([])] } })],
      ['AddMembership', () => ({ data: { addMembership: membership } })],
      ['RemoveMembership', () => ({ data: { removeMembership: membership.id } })],
    );
    const committees = watch(client.query(CommitteesQuery, {}));
    await until(() => committees.latest()?.committees[0]?.memberships.length === 0);

    await client
      .mutation(AddMembershipMutation, { input: { committeeId: ag.id, personId: hoffmann.id, role: 'SPEAKER' } })
      .toPromise();
    await until(() => committees.latest()?.committees[0]?.memberships.length === 1);

    await client.mutation(RemoveMembershipMutation, { id: membership.id }).toPromise();
    await until(() => committees.latest()?.committees[0]?.memberships.length === 0);
    expect(requests).toEqual(['Committees', 'AddMembership', 'RemoveMembership']);
  });
});
