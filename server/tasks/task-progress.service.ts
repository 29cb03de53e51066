import { authorize } from '../auth/authorize';
import { findOrFail } from '../common/find';
import type { Context } from '../context';
import { liveTransaction } from '../live/live-transaction';
import { Person } from '../people/person.entity';
import { Task, type TaskStatus } from './task.entity';
import { taskPolicy } from './task.policy';
import { emitTaskUpdated, taskSubject } from './task.service';
import { TaskProgress } from './task-progress.entity';

export interface AddTaskProgressProps {
  ctx: Context;
  taskId: string;
  text: string;
  /** Moves the step to this status with the note. */
  status?: TaskStatus | null;
}

/** A note by the viewer, who must own the step or facilitate its meeting (taskPolicy `progress`). */
export async function addTaskProgress({ ctx, taskId, text, status }: AddTaskProgressProps): Promise<TaskProgress> {
  return liveTransaction(ctx.em, ctx.live, async (tx, log) => {
    const task = await findOrFail(tx, Task, taskId, 'taskId');
    await authorize(ctx, taskPolicy, 'progress', await taskSubject(task));
    if (status) {
      task.status = status;
      emitTaskUpdated(log, task);
    }
    const { personId } = ctx.roles;
    return tx.create(TaskProgress, {
      task,
      text,
      status: status ?? null,
      author: personId ? tx.getReference(Person, personId) : null,
    });
  });
}
