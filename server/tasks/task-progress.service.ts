import type { EntityManager } from '@mikro-orm/postgresql';
import { findOptional, findOrFail } from '../common/find';
import { Person } from '../people/person.entity';
import { Task, type TaskStatus } from './task.entity';
import { TaskProgress } from './task-progress.entity';

export interface AddTaskProgressProps {
  em: EntityManager;
  taskId: string;
  text: string;
  /** Moves the step to this status with the note. */
  status?: TaskStatus | null;
  /** Who writes the note; until access control, given by the caller. */
  authorId?: string | null;
}

export async function addTaskProgress({
  em,
  taskId,
  text,
  status,
  authorId,
}: AddTaskProgressProps): Promise<TaskProgress> {
  return em.transactional(async (tx) => {
    const task = await findOrFail(tx, Task, taskId, 'taskId');
    if (status) task.status = status;
    return tx.create(TaskProgress, {
      task,
      text,
      status: status ?? null,
      author: await findOptional(tx, Person, authorId, 'authorId'),
    });
  });
}
