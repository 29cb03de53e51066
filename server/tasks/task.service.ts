import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { resolveDueLabel } from '../../schema/deadline';
import { authorize } from '../auth/authorize';
import { berlinDay } from '../common/berlin-time';
import { assertId, definedFields, findOptional, findOrFail } from '../common/find';
import { nextOrder } from '../common/order';
import { findParty, loadParty, type PartyEntity, partyColumns } from '../common/party';
import { toIsoDay } from '../common/scalars';
import type { Context } from '../context';
import { type EventLog, liveTransaction } from '../live/live-transaction';
import { Meeting } from '../meetings/meeting.entity';
import { Task } from './task.entity';
import { TaskCreated, TaskRemoved, TaskUpdated, taskState } from './task.events';
import type { CreateTaskInput, TaskFilter, UpdateTaskInput } from './task.inputs';
import { readableTasks, type TaskSubject, taskPolicy } from './task.policy';
import { PENDING_STATUSES } from './task-due';

export function ownerFields(owner: PartyEntity) {
  const { committee, organization, person } = partyColumns(owner);
  return { ownerCommittee: committee, ownerOrganization: organization, ownerPerson: person };
}

/** The "Wer" a step shows unless written otherwise: the owner's short name ("JugA"), else its name. */
function defaultOwnerLabel(owner: PartyEntity): string {
  return ('shortName' in owner ? owner.shortName : null) ?? owner.name;
}

function ownerIdOf(task: Task): string | undefined {
  return (task.ownerCommittee ?? task.ownerOrganization ?? task.ownerPerson)?.id;
}

export async function ownerOf(task: Task): Promise<PartyEntity> {
  const owner = await loadParty({
    committee: task.ownerCommittee,
    organization: task.ownerOrganization,
    person: task.ownerPerson,
  });
  if (!owner) throw new Error(`task ${task.id} has no owner`);
  return owner;
}

export async function taskSubject(task: Task): Promise<TaskSubject> {
  return { meetingId: task.meeting?.id ?? null, owner: await ownerOf(task) };
}

/** A date given directly wins; otherwise the label as written is resolved (or stays unresolved). */
function dueDateOf(label: string | null | undefined, date: Date | null | undefined): string | null {
  if (date) return toIsoDay(date);
  return label ? resolveDueLabel(label) : null;
}

/** Tells the meeting a next step of it changed (steps without a meeting have no live audience). */
export function emitTaskUpdated(log: EventLog, task: Task): void {
  if (task.meeting) log.emit(TaskUpdated, task.meeting.id, () => ({ task: taskState(task) }));
}

/** Creates a next step; one agreed in a meeting is announced there (inside a running live transaction, with its events). */
export async function createTask({ ctx, input }: { ctx: Context; input: CreateTaskInput }) {
  return liveTransaction(ctx.em, ctx.live, async (tx, log) => {
    await authorize(ctx, taskPolicy, 'create', null);
    const meeting = await findOptional(tx, Meeting, input.meetingId, 'meetingId');
    const owner = await findParty(tx, input.ownerId, 'ownerId');
    await authorize(ctx, taskPolicy, 'manage', { meetingId: meeting?.id ?? null, owner });
    const task = tx.create(Task, {
      meeting,
      ...ownerFields(owner),
      ownerLabel: input.ownerLabel ?? defaultOwnerLabel(owner),
      items: input.items,
      dueLabel: input.dueLabel,
      dueDate: dueDateOf(input.dueLabel, input.dueDate),
      status: input.status,
      order: meeting ? await nextOrder(tx, Task, { meeting }, meeting.id) : 0,
    });
    if (meeting) log.emit(TaskCreated, meeting.id, () => ({ task: taskState(task) }));
    return task;
  });
}

/** Owners may change a step's status and nothing else; see taskPolicy. */
function onlyStatus(input: UpdateTaskInput): boolean {
  const { status, ...rest } = input;
  return status !== undefined && Object.values(rest).every((value) => value === undefined);
}

async function authorizeUpdate(ctx: Context, tx: EntityManager, task: Task, input: UpdateTaskInput) {
  const subject = await taskSubject(task);
  if (onlyStatus(input)) return authorize(ctx, taskPolicy, 'progress', subject);
  await authorize(ctx, taskPolicy, 'manage', subject);
  if (input.ownerId === undefined) return undefined;
  // Handing a step to another owner needs the right to manage it there too.
  const owner = await findParty(tx, input.ownerId, 'ownerId');
  await authorize(ctx, taskPolicy, 'manage', { ...subject, owner });
  return owner;
}

export async function updateTask({ ctx, id, input }: { ctx: Context; id: string; input: UpdateTaskInput }) {
  return liveTransaction(ctx.em, ctx.live, async (tx, log) => {
    const task = await findOrFail(tx, Task, id);
    const owner = await authorizeUpdate(ctx, tx, task, input);
    const { ownerId: _ownerId, dueLabel, dueDate, ...fields } = input;
    // A new owner brings its own "Wer" unless one is written: the old label named someone else.
    if (owner && owner.id !== ownerIdOf(task)) {
      tx.assign(task, { ...ownerFields(owner), ownerLabel: defaultOwnerLabel(owner) });
    }
    if (dueLabel !== undefined || dueDate !== undefined) {
      const label = dueLabel === undefined ? task.dueLabel : dueLabel;
      tx.assign(task, { dueLabel: label, dueDate: dueDateOf(label, dueDate) });
    }
    tx.assign(task, definedFields(fields));
    emitTaskUpdated(log, task);
    return task;
  });
}

export function deleteTask({ ctx, id }: { ctx: Context; id: string }): Promise<string> {
  return liveTransaction(ctx.em, ctx.live, async (tx, log) => {
    const task = await findOrFail(tx, Task, id);
    await authorize(ctx, taskPolicy, 'manage', await taskSubject(task));
    tx.remove(task);
    if (task.meeting) log.emit(TaskRemoved, task.meeting.id, { taskId: id });
    return id;
  });
}

/** Steps whose owner is any of `ids`, whichever kind of party each is; none for an empty list. */
function ownedByAny(ids: string[]): FilterQuery<Task> {
  return {
    $or: [{ ownerCommittee: { $in: ids } }, { ownerOrganization: { $in: ids } }, { ownerPerson: { $in: ids } }],
  };
}

export async function listTasks({ ctx, filter }: { ctx: Context; filter: TaskFilter }) {
  const where: FilterQuery<Task>[] = [await readableTasks(ctx.roles)];
  if (filter.ownerId) {
    assertId(filter.ownerId, 'ownerId');
    where.push(ownedByAny([filter.ownerId]));
  }
  if (filter.ownerIds) {
    for (const id of filter.ownerIds) assertId(id, 'ownerIds');
    where.push(ownedByAny(filter.ownerIds));
  }
  if (filter.meetingId) {
    assertId(filter.meetingId, 'meetingId');
    where.push({ meeting: filter.meetingId });
  }
  if (filter.status?.length) where.push({ status: { $in: filter.status } });
  if (filter.dueBefore) where.push({ dueDate: { $lte: toIsoDay(filter.dueBefore) } });
  if (filter.overdue !== undefined && filter.overdue !== null) {
    const overdue: FilterQuery<Task> = {
      dueDate: { $lt: berlinDay(ctx.now()) },
      status: { $in: [...PENDING_STATUSES] },
    };
    where.push(filter.overdue ? overdue : { $not: overdue });
  }
  return ctx.em.find(Task, { $and: where }, { orderBy: { dueDate: 'asc nulls last', createdAt: 'asc' } });
}
