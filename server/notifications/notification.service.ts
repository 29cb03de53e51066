import type { EntityManager } from '@mikro-orm/postgresql';
import { authorize } from '../auth/authorize';
import { berlinDay } from '../common/berlin-time';
import { findOrFail } from '../common/find';
import type { Context } from '../context';
import { ForbiddenError } from '../errors';
import type { PubSub } from '../pubsub';
import { addDays, PENDING_STATUSES } from '../tasks/task-due';
import { SHARING_MEMBERSHIP_SQL } from '../tasks/task-owners';
import { DeadlineThreshold, Notification } from './notification.entity';
import type { NotificationCreated } from './notification.events';
import { notificationPolicy } from './notification.policy';

/** Due within this many days counts as "due soon". */
export const DUE_SOON_DAYS = 7;

const PENDING_SQL = PENDING_STATUSES.map((status) => `'${status}'`).join(', ');

// Steps past a threshold; their owners (the person, the members of the owning committee and of
// the committees below it, the people of the owning organisation); one notice per step, person
// and threshold. ON CONFLICT DO NOTHING makes repeated and concurrent runs harmless.
const CREATE_DUE_NOTIFICATIONS_SQL = `
with recursive due as (
  select t.id, t.owner_person_id, t.owner_committee_id, t.owner_organization_id, t.due_date,
         case when t.due_date < ? then '${DeadlineThreshold.OVERDUE}' else '${DeadlineThreshold.DUE_SOON}' end as threshold
  from task t
  where t.status in (${PENDING_SQL}) and t.due_date is not null and t.due_date <= ?
),
bodies(task_id, committee_id) as (
  select id, owner_committee_id from due where owner_committee_id is not null
  union
  select b.task_id, c.id from committee c join bodies b on c.parent_id = b.committee_id
),
owners(task_id, person_id) as (
  select id, owner_person_id from due where owner_person_id is not null
  union
  select b.task_id, m.person_id from bodies b join membership m on m.committee_id = b.committee_id
  where ${SHARING_MEMBERSHIP_SQL}
  union
  select d.id, p.id from due d join person p on p.organization_id = d.owner_organization_id
)
insert into notification (id, created_at, updated_at, task_id, person_id, threshold, due_date)
select gen_random_uuid(), ?, ?, o.task_id, o.person_id, d.threshold, d.due_date
from owners o join due d on d.id = o.task_id
on conflict (task_id, person_id, threshold) do nothing
returning *`;

/**
 * Notifies the owners of every open step that is due within seven days or overdue at `now`,
 * at most once per step, person and threshold, and returns the notices it created. A step
 * found already overdue gets only the overdue notice.
 */
export async function createDueNotifications({ em, now }: { em: EntityManager; now: Date }): Promise<Notification[]> {
  const today = berlinDay(now);
  const rows = await em
    .getConnection()
    .execute<Record<string, unknown>[]>(CREATE_DUE_NOTIFICATIONS_SQL, [
      today,
      addDays(today, DUE_SOON_DAYS),
      today,
      today,
      now,
      now,
    ]);
  return rows.map((row) => em.map(Notification, row));
}

/**
 * The deadline job's run: creates the due notifications and tells each recipient's open
 * subscriptions. The insert is its own statement, so it has committed when the publish goes out.
 */
export async function notifyDueSteps({ em, now, pubsub }: { em: EntityManager; now: Date; pubsub: PubSub }) {
  const created = await createDueNotifications({ em, now });
  for (const notification of created) {
    pubsub.publish('NOTIFICATION_CREATED', notification.person.id, { notificationId: notification.id });
  }
  return created;
}

/** The viewer's new notifications as they are created; guests have none to wait for. */
export function subscribeToNotifications(ctx: Context): AsyncIterable<NotificationCreated> {
  const person = ctx.roles.personId;
  if (!person) throw new ForbiddenError('Guests receive no notifications');
  return ctx.pubsub.subscribe('NOTIFICATION_CREATED', person);
}

export interface ListNotificationsProps {
  ctx: Context;
  unreadOnly: boolean;
  limit: number;
}

/** The viewer's notices, the newest first; none for guests. */
export async function listNotifications({ ctx, unreadOnly, limit }: ListNotificationsProps): Promise<Notification[]> {
  const person = ctx.roles.personId;
  if (!person) return [];
  return ctx.em.find(Notification, unreadOnly ? { person, readAt: null } : { person }, {
    orderBy: { createdAt: 'desc', id: 'asc' },
    limit,
  });
}

export async function countUnreadNotifications({ ctx }: { ctx: Context }): Promise<number> {
  const person = ctx.roles.personId;
  return person ? ctx.em.count(Notification, { person, readAt: null }) : 0;
}

export async function markNotificationRead({ ctx, id, read }: { ctx: Context; id: string; read: boolean }) {
  return ctx.em.transactional(async (tx) => {
    const notification = await findOrFail(tx, Notification, id);
    await authorize(ctx, notificationPolicy, 'mark', notification);
    if (!read) notification.readAt = null;
    else notification.readAt ??= ctx.now();
    return notification;
  });
}

/**
 * Marks every unread notice of the viewer read and returns how many there were. They are loaded
 * and changed one by one (not with one UPDATE) so that the audit log records the change.
 */
export async function markAllNotificationsRead({ ctx }: { ctx: Context }): Promise<number> {
  const person = ctx.roles.personId;
  if (!person) return 0;
  return ctx.em.transactional(async (tx) => {
    const unread = await tx.find(Notification, { person, readAt: null });
    const now = ctx.now();
    for (const notification of unread) notification.readAt = now;
    return unread.length;
  });
}
