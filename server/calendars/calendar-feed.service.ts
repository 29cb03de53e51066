import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { authorize } from '../auth/authorize';
import { berlinDay } from '../common/berlin-time';
import { findOrFail, removeById } from '../common/find';
import { findParty, loadParty, type PartyEntity, partyColumns } from '../common/party';
import type { Context } from '../context';
import { NotFoundError } from '../errors';
import { Meeting } from '../meetings/meeting.entity';
import { Person } from '../people/person.entity';
import { Task } from '../tasks/task.entity';
import { PENDING_STATUSES } from '../tasks/task-due';
import { anyOf, ownedBy, ownerScope } from '../tasks/task-owners';
import { buildCalendar } from './build-calendar';
import { CalendarFeed } from './calendar-feed.entity';
import { calendarFeedPolicy } from './calendar-feed.policy';

/** 32 random bytes: a guess is hopeless, so a fast hash is enough to keep stored tokens useless. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A freshly made token: shown to its owner once, never stored. */
export interface CalendarFeedSecret {
  feed: CalendarFeed;
  token: string;
  /** Path of the feed on this server: `/calendar/<token>.ics`. */
  path: string;
}

function withNewToken(feed: CalendarFeed): CalendarFeedSecret {
  const token = randomBytes(32).toString('base64url');
  feed.tokenHash = hashToken(token);
  return { feed, token, path: `/calendar/${token}.ics` };
}

/** Loads the party `ownerId` names and refuses unless the viewer manages its feeds. */
async function managedOwner(ctx: Context, em: EntityManager, ownerId: string): Promise<PartyEntity> {
  const owner = await findParty(em, ownerId, 'ownerId');
  await authorize(ctx, calendarFeedPolicy, 'manage', owner);
  return owner;
}

async function authorizeManaging(ctx: Context, feed: CalendarFeed): Promise<void> {
  await authorize(ctx, calendarFeedPolicy, 'manage', await calendarFeedOwner(feed));
}

export async function createCalendarFeed({
  ctx,
  ownerId,
  label,
}: {
  ctx: Context;
  ownerId: string;
  label?: string | null;
}) {
  return ctx.em.transactional(async (tx) => {
    const owner = partyColumns(await managedOwner(ctx, tx, ownerId));
    return withNewToken(tx.create(CalendarFeed, { ...owner, label, tokenHash: '' }));
  });
}

/** Gives the feed a new secret URL; the old one stops working at once. */
export async function rotateCalendarFeedToken({ ctx, id }: { ctx: Context; id: string }) {
  return ctx.em.transactional(async (tx) => {
    const feed = await findOrFail(tx, CalendarFeed, id);
    await authorizeManaging(ctx, feed);
    return withNewToken(feed);
  });
}

export function revokeCalendarFeed({ ctx, id }: { ctx: Context; id: string }): Promise<string> {
  return removeById(ctx.em, CalendarFeed, id, (feed) => authorizeManaging(ctx, feed));
}

export async function listCalendarFeeds({ ctx, ownerId }: { ctx: Context; ownerId: string }) {
  const owner = partyColumns(await managedOwner(ctx, ctx.em, ownerId));
  return ctx.em.find(CalendarFeed, owner, { orderBy: { createdAt: 'asc' } });
}

export async function calendarFeedOwner(feed: CalendarFeed): Promise<PartyEntity> {
  const owner = await loadParty(feed);
  if (!owner) throw new Error(`calendar feed ${feed.id} has no owner`);
  return owner;
}

/**
 * The feed behind a token as iCalendar text: the owner's open steps with a due day and the
 * meetings their bodies host or are invited to. An unknown, rotated or revoked token is NOT_FOUND.
 */
export async function calendarForToken({
  em,
  token,
  now,
}: {
  em: EntityManager;
  token: string;
  now: Date;
}): Promise<string> {
  const feed = TOKEN.test(token) ? await em.findOne(CalendarFeed, { tokenHash: hashToken(token) }) : null;
  if (!feed) throw new NotFoundError('CalendarFeed', 'token');
  const owner = await calendarFeedOwner(feed);
  const scope = await ownerScope(em, owner, berlinDay(now));
  const tasks = await em.find(
    Task,
    { $and: [ownedBy(scope), { status: { $in: [...PENDING_STATUSES] }, dueDate: { $ne: null } }] },
    { populate: ['meeting'], orderBy: { dueDate: 'asc', order: 'asc' } },
  );
  const meetings = await em.find(
    Meeting,
    anyOf<Meeting>([
      [
        scope.committeeIds,
        (ids) => ({ $or: [{ hostCommittee: { $in: ids } }, { invitations: { committee: { $in: ids } } }] }),
      ],
      [scope.organizationIds, (ids) => ({ invitations: { organization: { $in: ids } } })],
      [scope.personIds, (ids) => ({ invitations: { person: { $in: ids } } })],
    ]),
    { orderBy: { startsAt: 'asc' } },
  );
  return buildCalendar({
    name: `Planwerk – ${owner instanceof Person || !owner.shortName ? owner.name : owner.shortName}`,
    now,
    tasks: tasks.map((task) => ({
      id: task.id,
      owner: task.ownerLabel ?? owner.name,
      items: task.items,
      dueLabel: task.dueLabel ?? null,
      dueDate: task.dueDate ?? '',
      meetingTitle: task.meeting?.getEntity().title ?? null,
    })),
    meetings: meetings.map((m) => ({
      id: m.id,
      title: m.title,
      startsAt: m.startsAt,
      endsAt: m.endsAt ?? null,
      allDay: m.allDay,
      place: m.place ?? null,
      description: m.description ?? null,
    })),
  });
}
