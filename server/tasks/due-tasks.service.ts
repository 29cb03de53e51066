import { authorize } from '../auth/authorize';
import { berlinDay } from '../common/berlin-time';
import { findParty, type PartyEntity } from '../common/party';
import type { Context } from '../context';
import { directoryPolicy } from '../people/directory.policy';
import { Person } from '../people/person.entity';
import { Task } from './task.entity';
import { readableTasks } from './task.policy';
import { addDays, PENDING_STATUSES } from './task-due';
import { ownedBy, ownerScope } from './task-owners';

export interface DueTasksProps {
  ctx: Context;
  /** A person, committee or organisation; the viewer when left out. */
  ownerId?: string | null;
  withinDays: number;
}

/** The party whose steps are asked for: a named one the viewer may look up, or the viewer (null for guests). */
async function partyOf(ctx: Context, ownerId: string | null | undefined): Promise<PartyEntity | null> {
  if (ownerId === undefined || ownerId === null) {
    const { personId } = ctx.roles;
    return personId ? ctx.em.findOneOrFail(Person, personId) : null;
  }
  await authorize(ctx, directoryPolicy, 'read', null);
  return findParty(ctx.em, ownerId, 'ownerId');
}

/**
 * "Due soon / overdue" across all meetings: the open steps a party shares that are due within
 * `withinDays` days (Berlin time) or already overdue, the earliest first; only the steps the
 * viewer may read. Guests own nothing: their own list is empty.
 */
export async function dueTasks({ ctx, ownerId, withinDays }: DueTasksProps): Promise<Task[]> {
  const party = await partyOf(ctx, ownerId);
  if (!party) return [];
  const today = berlinDay(ctx.now());
  const scope = await ownerScope(ctx.em, party, today);
  return ctx.em.find(
    Task,
    {
      $and: [
        ownedBy(scope),
        await readableTasks(ctx.roles),
        { status: { $in: [...PENDING_STATUSES] }, dueDate: { $ne: null, $lte: addDays(today, withinDays) } },
      ],
    },
    { orderBy: { dueDate: 'asc', order: 'asc', createdAt: 'asc' } },
  );
}
