import type { Cache, FieldArgs, KeyingConfig, UpdateResolver } from '@urql/exchange-graphcache';
import { invalidateQueryFields, TASK_LISTS } from './cache-lists';

/**
 * Cache rules for what follows a meeting: protocol, import, progress notes, notifications and
 * calendar feeds. Kept apart from cache.ts so each feature's rules stay together.
 */

// A type alias, not an interface: graphcache's Entity wants an index signature.
type Ref<T extends string> = { __typename: T; id: string };

/** Results without an id of their own: kept inside the result that holds them. */
export const followUpKeys: KeyingConfig = {
  ProtocolDiffLine: () => null,
  ProtocolDraft: () => null,
  ProtocolDraftTable: () => null,
  ProtocolDraftTask: () => null,
  CalendarFeedSecret: () => null,
};

/** Appends `added` to a cached list link, unless the list is not cached or holds it already. */
function appendLink(cache: Cache, parent: string, field: string, args: FieldArgs, added: Ref<string>) {
  const list = cache.resolve(parent, field, args);
  const key = cache.keyOfEntity(added);
  if (!Array.isArray(list) || !key) return;
  const keys = list as string[];
  if (!keys.includes(key)) cache.link(parent, field, args, [...keys, key]);
}

// The protocol's text is made by the server from the meeting and its sections, so any section
// change makes every cached view of it stale. Sections do not name their meeting; dropping the
// views of all protocols costs little, since only one is on screen.
const PROTOCOL_VIEWS = ['meetingProtocol', 'protocolSections', 'protocolDiff'] as const;
const changeSection: UpdateResolver = (_result, _args, cache) => invalidateQueryFields(cache, PROTOCOL_VIEWS);

const publishProtocol: UpdateResolver<unknown, { meetingId: string }> = (_result, args, cache) =>
  invalidateQueryFields(
    cache,
    ['protocolVersions', 'protocolDiff'],
    (fieldArgs) => fieldArgs.meetingId === args.meetingId,
  );

const importProtocol: UpdateResolver = (_result, _args, cache) => invalidateQueryFields(cache, ['meetings']);

const addTaskProgress: UpdateResolver<
  { addTaskProgress: Ref<'TaskProgress'> & { task: Ref<'Task'> } },
  { status?: string | null }
> = (result, args, cache) => {
  const task = cache.keyOfEntity(result.addTaskProgress.task);
  if (task) appendLink(cache, task, 'progress', null, result.addTaskProgress);
  // As for updateTask: a new status can move the step between filtered lists.
  if (args.status) invalidateQueryFields(cache, TASK_LISTS);
};

const markNotificationRead: UpdateResolver = (_result, _args, cache) => {
  invalidateQueryFields(cache, ['unreadNotificationCount']);
  invalidateQueryFields(cache, ['notifications'], (fieldArgs) => fieldArgs.unreadOnly === true);
};

const markAllNotificationsRead: UpdateResolver = (_result, _args, cache) =>
  invalidateQueryFields(cache, ['unreadNotificationCount', 'notifications']);

const createCalendarFeed: UpdateResolver<{ createCalendarFeed: { feed: Ref<'CalendarFeed'> } }, { ownerId: string }> = (
  result,
  args,
  cache,
) => appendLink(cache, 'Query', 'calendarFeeds', { ownerId: args.ownerId }, result.createCalendarFeed.feed);

const revokeCalendarFeed: UpdateResolver<{ revokeCalendarFeed: string }> = (result, _args, cache) => {
  const revoked = cache.keyOfEntity({ __typename: 'CalendarFeed', id: result.revokeCalendarFeed });
  for (const field of cache.inspectFields('Query')) {
    if (field.fieldName !== 'calendarFeeds') continue;
    const feeds = cache.resolve('Query', field.fieldName, field.arguments ?? undefined);
    if (Array.isArray(feeds)) {
      cache.link(
        'Query',
        field.fieldName,
        field.arguments ?? null,
        (feeds as string[]).filter((key) => key !== revoked),
      );
    }
  }
  if (revoked) cache.invalidate(revoked);
};

export const followUpUpdates = {
  createProtocolSection: changeSection,
  updateProtocolSection: changeSection,
  deleteProtocolSection: changeSection,
  publishProtocol,
  importProtocol,
  addTaskProgress,
  markNotificationRead,
  markAllNotificationsRead,
  createCalendarFeed,
  revokeCalendarFeed,
} satisfies Record<string, UpdateResolver<any, any>>;
