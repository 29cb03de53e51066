import { describe, expect, it } from 'vitest';
import {
  CalendarFeedsQuery,
  CreateCalendarFeedMutation,
  RevokeCalendarFeedMutation,
} from '../../client/calendars/calendar.operations';
import {
  MarkNotificationReadMutation,
  UnreadNotificationCountQuery,
} from '../../client/notifications/notification.operations';
import {
  CreateProtocolSectionMutation,
  ProtocolHtmlQuery,
  ProtocolSectionsQuery,
} from '../../client/protocols/protocol.operations';
import { AddTaskProgressMutation, TaskProgressQuery, TasksQuery } from '../../client/tasks/task.operations';
import { clientAnswering, until, watch } from './support/fake-api';

const task = { __typename: 'Task', id: 't-1', status: 'OPEN', overdue: true, daysOverdue: 10 } as const;
const note = {
  __typename: 'TaskProgress',
  id: 'n-1',
  text: 'Entwurf liegt vor',
  status: 'IN_PROGRESS',
  createdAt: '2013-04-10T08:00:00.000Z',
  author: null,
  task: { ...task, status: 'IN_PROGRESS', overdue: false, daysOverdue: null },
};

describe('cache: progress notes', () => {
  it('adds a note to the history shown, and refetches the filtered lists when it changed the status', async () => {
    const { client, requests } = clientAnswering(
      ['TaskProgress', () => ({ data: { task: { ...task, progress: [] } } })],
      ['Tasks', () => ({ data: { tasks: [] } })],
      ['AddTaskProgress', () => ({ data: { addTaskProgress: note } })],
    );
    const history = watch(client.query(TaskProgressQuery, { id: task.id }));
    const overdue = watch(client.query(TasksQuery, { filter: { overdue: true } }));
    await until(() => history.latest()?.task.progress.length === 0 && overdue.latest() !== undefined);

    await client
      .mutation(AddTaskProgressMutation, { taskId: task.id, text: note.text, status: 'IN_PROGRESS' })
      .toPromise();
    await until(() => history.latest()?.task.progress.length === 1);
    await until(() => requests.length === 4);
    expect(requests).toEqual(['TaskProgress', 'Tasks', 'AddTaskProgress', 'Tasks']);
  });
});

describe('cache: calendar feeds', () => {
  const feed = {
    __typename: 'CalendarFeed',
    id: 'f-1',
    label: 'Handy',
    createdAt: '2013-04-10T08:00:00.000Z',
    updatedAt: '2013-04-10T08:00:00.000Z',
  };

  it('lists a new feed and drops a revoked one without asking the server again', async () => {
    const { client, requests } = clientAnswering(
      ['CalendarFeeds', () => ({ data: { calendarFeeds: [] } })],
      [
        'CreateCalendarFeed',
        () => ({ data: { createCalendarFeed: { __typename: 'CalendarFeedSecret', path: '/calendar/x.ics', feed } } }),
      ],
      ['RevokeCalendarFeed', () => ({ data: { revokeCalendarFeed: feed.id } })],
    );
    const feeds = watch(client.query(CalendarFeedsQuery, { ownerId: 'p-1' }));
    await until(() => feeds.latest()?.calendarFeeds.length === 0);

    await client.mutation(CreateCalendarFeedMutation, { ownerId: 'p-1', label: 'Handy' }).toPromise();
    await until(() => feeds.latest()?.calendarFeeds.length === 1);
    await client.mutation(RevokeCalendarFeedMutation, { id: feed.id }).toPromise();
    await until(() => feeds.latest()?.calendarFeeds.length === 0);
    expect(requests).toEqual(['CalendarFeeds', 'CreateCalendarFeed', 'RevokeCalendarFeed']);
  });
});

describe('cache: notifications', () => {
  it('asks for the unread count again once a notice is marked read', async () => {
    let unread = 1;
    const { client, requests } = clientAnswering(
      ['UnreadNotificationCount', () => ({ data: { unreadNotificationCount: unread } })],
      [
        'MarkNotificationRead',
        () => {
          unread = 0;
          return {
            data: {
              markNotificationRead: {
                __typename: 'Notification',
                id: 'n-1',
                read: true,
                readAt: '2013-04-10T08:00:00.000Z',
              },
            },
          };
        },
      ],
    );
    const count = watch(client.query(UnreadNotificationCountQuery, { personId: 'p-1' }));
    await until(() => count.latest()?.unreadNotificationCount === 1);
    await client.mutation(MarkNotificationReadMutation, { id: 'n-1', read: true }).toPromise();
    await until(() => count.latest()?.unreadNotificationCount === 0);
    expect(requests).toEqual(['UnreadNotificationCount', 'MarkNotificationRead', 'UnreadNotificationCount']);
  });
});

describe('cache: protocol sections', () => {
  it('asks for the sections and the protocol text again after a section is added', async () => {
    const sections: unknown[] = [];
    const { client, requests } = clientAnswering(
      ['ProtocolSections', () => ({ data: { protocolSections: [...sections] } })],
      ['ProtocolHtml', () => ({ data: { meetingProtocol: `<p>${sections.length}</p>` } })],
      [
        'CreateProtocolSection',
        ({ input }) => {
          const section = { __typename: 'ProtocolSection', id: 's-1', order: 0, ...(input as object) };
          sections.push(section);
          return { data: { createProtocolSection: section } };
        },
      ],
    );
    const list = watch(client.query(ProtocolSectionsQuery, { meetingId: 'm-1' }));
    const html = watch(client.query(ProtocolHtmlQuery, { meetingId: 'm-1', language: 'DE', version: null }));
    await until(() => list.latest()?.protocolSections.length === 0 && html.latest()?.meetingProtocol === '<p>0</p>');

    await client
      .mutation(CreateProtocolSectionMutation, { input: { meetingId: 'm-1', title: 'Diskussion', body: '' } })
      .toPromise();
    await until(() => list.latest()?.protocolSections.length === 1 && html.latest()?.meetingProtocol === '<p>1</p>');
    expect(requests.filter((name) => name === 'ProtocolHtml')).toHaveLength(2);
  });
});
