import { authorize } from '../auth/authorize';
import { definedFields, findOrFail } from '../common/find';
import { nextOrder } from '../common/order';
import type { Context } from '../context';
import { liveTransaction } from '../live/live-transaction';
import { managedMeeting } from '../meetings/meeting.service';
import type { CreateWorkingTableInput, UpdateWorkingTableInput } from './table.inputs';
import { WorkingTable } from './working-table.entity';
import { TableChanged, TableRemoved, tableState } from './working-table.events';
import { workingTablePolicy } from './working-table.policy';

export async function createWorkingTable({ ctx, input }: { ctx: Context; input: CreateWorkingTableInput }) {
  return liveTransaction(ctx.em, ctx.live, async (tx, log) => {
    const { meetingId, order, ...fields } = input;
    const meeting = await managedMeeting(ctx, tx, meetingId);
    const table = tx.create(WorkingTable, {
      ...fields,
      meeting,
      order: order ?? (await nextOrder(tx, WorkingTable, { meeting }, meeting.id)),
    });
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
    tx.assign(table, definedFields(change));
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

export function deleteWorkingTable({ ctx, id }: { ctx: Context; id: string }): Promise<string> {
  return liveTransaction(ctx.em, ctx.live, async (tx, log) => {
    const table = await findOrFail(tx, WorkingTable, id);
    await authorize(ctx, workingTablePolicy, 'manage', table);
    tx.remove(table);
    log.emit(TableRemoved, table.meeting.id, { tableId: id });
    return id;
  });
}
