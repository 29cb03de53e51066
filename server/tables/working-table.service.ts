import { definedFields, findOrFail, removeById } from '../common/find';
import { nextOrder } from '../common/order';
import type { Context } from '../context';
import { authorizeManaging, managedMeeting } from '../meetings/meeting.service';
import type { CreateWorkingTableInput, UpdateWorkingTableInput } from './table.inputs';
import { WorkingTable } from './working-table.entity';

export async function createWorkingTable({ ctx, input }: { ctx: Context; input: CreateWorkingTableInput }) {
  return ctx.em.transactional(async (tx) => {
    const { meetingId, order, ...fields } = input;
    const meeting = await managedMeeting(ctx, tx, meetingId);
    return tx.create(WorkingTable, { ...fields, meeting, order: order ?? (await nextOrder(tx, WorkingTable, { meeting })) });
  });
}

export async function updateWorkingTable({ ctx, id, input }: { ctx: Context; id: string; input: UpdateWorkingTableInput }) {
  return ctx.em.transactional(async (tx) => {
    const table = await findOrFail(tx, WorkingTable, id);
    await authorizeManaging(ctx, table.meeting);
    tx.assign(table, definedFields({ ...input }));
    return table;
  });
}

export function deleteWorkingTable({ ctx, id }: { ctx: Context; id: string }): Promise<string> {
  return removeById(ctx.em, WorkingTable, id, (table) => authorizeManaging(ctx, table.meeting));
}
