import type { EntityManager } from '@mikro-orm/postgresql';
import { berlinDay } from '../common/berlin-time';
import { findParty } from '../common/party';
import { Task } from './task.entity';
import { addDays, PENDING_STATUSES } from './task-due';
import { ownedBy, ownerScope } from './task-owners';

export interface DueTasksProps {
  em: EntityManager;
  /** A person, committee or organisation. */
  ownerId: string;
  withinDays: number;
  now: Date;
}

/**
 * "Due soon / overdue" across all meetings: the open steps a party shares that are due within
 * `withinDays` days (Berlin time) or already overdue, the earliest first.
 */
export async function dueTasks({ em, ownerId, withinDays, now }: DueTasksProps): Promise<Task[]> {
  const party = await findParty(em, ownerId, 'ownerId');
  const today = berlinDay(now);
  const scope = await ownerScope(em, party, today);
  return em.find(
    Task,
    {
      $and: [
        ownedBy(scope),
        { status: { $in: [...PENDING_STATUSES] }, dueDate: { $ne: null, $lte: addDays(today, withinDays) } },
      ],
    },
    { orderBy: { dueDate: 'asc', order: 'asc', createdAt: 'asc' } },
  );
}
