import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { berlinDay } from '../common/berlin-time';
import { assertId, definedFields, findOptional, findOrFail, removeById } from '../common/find';
import { nextOrder } from '../common/order';
import { findParty, type PartyEntity, partyColumns } from '../common/party';
import { toIsoDay } from '../common/scalars';
import { Meeting } from '../meetings/meeting.entity';
import { resolveDueLabel } from './deadline';
import { type EventPublisher, liveTransaction } from '../live/live-transaction';
import { Task } from './task.entity';
import { TaskCreated, taskState } from './task.events';
import { PENDING_STATUSES } from './task-due';
import type { CreateTaskInput, TaskFilter, UpdateTaskInput } from './task.inputs';

function ownerFields(owner: PartyEntity) {
  const { committee, organization, person } = partyColumns(owner);
  return { ownerCommittee: committee, ownerOrganization: organization, ownerPerson: person };
}

/** A date given directly wins; otherwise the label as written is resolved (or stays unresolved). */
function dueDateOf(label: string | null | undefined, date: Date | null | undefined): string | null {
  if (date) return toIsoDay(date);
  return label ? resolveDueLabel(label) : null;
}

/** Creates a next step; one agreed in a meeting is announced there (inside a live transaction, with it). */
export async function createTask({ em, live, input }: { em: EntityManager; live: EventPublisher; input: CreateTaskInput }) {
  return liveTransaction(em, live, async (tx, log) => {
    const meeting = await findOptional(tx, Meeting, input.meetingId, 'meetingId');
    const owner = await findParty(tx, input.ownerId, 'ownerId');
    const task = tx.create(Task, {
      meeting,
      ...ownerFields(owner),
      ownerLabel: input.ownerLabel ?? ('shortName' in owner ? owner.shortName : null) ?? owner.name,
      items: input.items,
      dueLabel: input.dueLabel,
      dueDate: dueDateOf(input.dueLabel, input.dueDate),
      status: input.status,
      order: meeting ? await nextOrder(tx, Task, { meeting }) : 0,
    });
    if (meeting) log.emit(TaskCreated, meeting.id, () => ({ task: taskState(task) }));
    return task;
  });
}

export async function updateTask({ em, id, input }: { em: EntityManager; id: string; input: UpdateTaskInput }) {
  return em.transactional(async (tx) => {
    const task = await findOrFail(tx, Task, id);
    const { ownerId, dueLabel, dueDate, ...fields } = input;
    if (ownerId !== undefined) tx.assign(task, ownerFields(await findParty(tx, ownerId, 'ownerId')));
    if (dueLabel !== undefined || dueDate !== undefined) {
      const label = dueLabel === undefined ? task.dueLabel : dueLabel;
      tx.assign(task, { dueLabel: label, dueDate: dueDateOf(label, dueDate) });
    }
    tx.assign(task, definedFields(fields));
    return task;
  });
}

export function deleteTask({ em, id }: { em: EntityManager; id: string }): Promise<string> {
  return removeById(em, Task, id);
}

export async function listTasks({ em, filter, now }: { em: EntityManager; filter: TaskFilter; now: Date }) {
  const where: FilterQuery<Task>[] = [];
  if (filter.ownerId) {
    assertId(filter.ownerId, 'ownerId');
    const id = filter.ownerId;
    where.push({ $or: [{ ownerCommittee: id }, { ownerOrganization: id }, { ownerPerson: id }] });
  }
  if (filter.meetingId) {
    assertId(filter.meetingId, 'meetingId');
    where.push({ meeting: filter.meetingId });
  }
  if (filter.status?.length) where.push({ status: { $in: filter.status } });
  if (filter.dueBefore) where.push({ dueDate: { $lte: toIsoDay(filter.dueBefore) } });
  if (filter.overdue !== undefined && filter.overdue !== null) {
    const overdue: FilterQuery<Task> = { dueDate: { $lt: berlinDay(now) }, status: { $in: [...PENDING_STATUSES] } };
    where.push(filter.overdue ? overdue : { $not: overdue });
  }
  return em.find(Task, { $and: where }, { orderBy: { dueDate: 'asc nulls last', createdAt: 'asc' } });
}
