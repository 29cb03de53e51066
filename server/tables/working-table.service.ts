import type { EntityManager } from '@mikro-orm/postgresql';
import { authorize } from '../auth/authorize';
import { definedFields, findOrFail } from '../common/find';
import { movedTo, nextOrder } from '../common/order';
import type { Context } from '../context';
import type { EventLog } from '../live/live-transaction';
import { liveTransaction } from '../live/live-transaction';
import { managedMeeting } from '../meetings/meeting.service';
import type { CreateWorkingTableInput, UpdateWorkingTableInput } from './table.inputs';
import { WorkingTable } from './working-table.entity';
import { TableChanged, TableRemoved, tableState } from './working-table.events';
import { workingTablePolicy } from './working-table.policy';

/**
 * Puts `table` at place `to` among its meeting's tables and numbers them 0, 1, 2 … around it, so
 * an order given by a client can never tie with another table's; every table whose place changed
 * is told to the meeting.
 */
async function moveTable(tx: EntityManager, log: EventLog, table: WorkingTable, to: number): Promise<void> {
  const siblings = await tx.find(
    WorkingTable,
    { meeting: table.meeting, id: { $ne: table.id } },
    { orderBy: { order: 'asc', createdAt: 'asc' } },
  );
  const byId = new Map([table, ...siblings].map((each) => [each.id, each]));
  const ids = [...siblings.map((each) => each.id), table.id];
  movedTo(ids, table.id, to).forEach((id, order) => {
    const each = byId.get(id);
    if (!each || (each.order === order && each !== table)) return;
    each.order = order;
    if (each !== table) log.emit(TableChanged, each.meeting.id, () => ({ table: tableState(each) }));
  });
}

export async function createWorkingTable({ ctx, input }: { ctx: Context; input: CreateWorkingTableInput }) {
  return liveTransaction(ctx.em, ctx.live, async (tx, log) => {
    const { meetingId, order, voteBudget, kind, title } = input;
    const meeting = await managedMeeting(ctx, tx, meetingId);
    const table = tx.create(WorkingTable, {
      kind,
      title,
      ...definedFields({ voteBudget }),
      meeting,
      order: await nextOrder(tx, WorkingTable, { meeting }, meeting.id),
    });
    if (order !== undefined && order !== null) await moveTable(tx, log, table, order);
    log.emit(TableChanged, meeting.id, () => ({ table: tableState(table) }));
    return table;
  });
}

/** Changes fields of a table once `authorize` let it through, and tells the meeting; facilitation (locks, budgets) goes through here too. */
export async function changeWorkingTable({
  ctx,
  id,
  field = 'id',
  change,
  authorize,
}: {
  ctx: Context;
  id: string;
  /** The argument that named the table, for BAD_USER_INPUT. */
  field?: string;
  change: Partial<Pick<WorkingTable, 'kind' | 'title' | 'order' | 'locked' | 'voteBudget'>>;
  authorize: (table: WorkingTable) => Promise<void>;
}) {
  return liveTransaction(ctx.em, ctx.live, async (tx, log) => {
    const table = await findOrFail(tx, WorkingTable, id, field);
    await authorize(table);
    const { order, ...fields } = change;
    tx.assign(table, definedFields(fields));
    if (order !== undefined && order !== null) await moveTable(tx, log, table, order);
    log.emit(TableChanged, table.meeting.id, () => ({ table: tableState(table) }));
    return table;
  });
}

export function updateWorkingTable({ ctx, id, input }: { ctx: Context; id: string; input: UpdateWorkingTableInput }) {
  return changeWorkingTable({
    ctx,
    id,
    change: { ...input },
    authorize: (table) => authorize(ctx, workingTablePolicy, 'manage', table),
  });
}

/** Removes a table with its positions (and their votes); the client asks first, naming how many cards go. */
export function deleteWorkingTable({ ctx, id }: { ctx: Context; id: string }): Promise<string> {
  return liveTransaction(ctx.em, ctx.live, async (tx, log) => {
    const table = await findOrFail(tx, WorkingTable, id);
    await authorize(ctx, workingTablePolicy, 'manage', table);
    tx.remove(table);
    log.emit(TableRemoved, table.meeting.id, { tableId: id });
    return id;
  });
}
