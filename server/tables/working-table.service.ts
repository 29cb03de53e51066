import type { EntityManager } from '@mikro-orm/postgresql';
import { definedFields, findOrFail } from '../common/find';
import { nextOrder } from '../common/order';
import { type EventPublisher, liveTransaction } from '../live/live-transaction';
import { Meeting } from '../meetings/meeting.entity';
import type { CreateWorkingTableInput, UpdateWorkingTableInput } from './table.inputs';
import { WorkingTable } from './working-table.entity';
import { TableChanged, TableRemoved, tableState } from './working-table.events';

interface Deps {
  em: EntityManager;
  live: EventPublisher;
}

export async function createWorkingTable({ em, live, input }: Deps & { input: CreateWorkingTableInput }) {
  return liveTransaction(em, live, async (tx, log) => {
    const { meetingId, order, ...fields } = input;
    const meeting = await findOrFail(tx, Meeting, meetingId, 'meetingId');
    const table = tx.create(WorkingTable, {
      ...fields,
      meeting,
      order: order ?? (await nextOrder(tx, WorkingTable, { meeting })),
    });
    log.emit(TableChanged, meeting.id, () => ({ table: tableState(table) }));
    return table;
  });
}

/** Changes fields of a table and tells the meeting; facilitation (locks, budgets) goes through here too. */
export async function changeWorkingTable({
  em,
  live,
  id,
  field = 'id',
  change,
  check,
}: Deps & {
  id: string;
  /** The argument that named the table, for BAD_USER_INPUT. */
  field?: string;
  change: Partial<Pick<WorkingTable, 'kind' | 'title' | 'order' | 'locked' | 'voteBudget'>>;
  /** Refuses the change before anything is written (permissions). */
  check?: (table: WorkingTable) => Promise<void>;
}) {
  return liveTransaction(em, live, async (tx, log) => {
    const table = await findOrFail(tx, WorkingTable, id, field);
    await check?.(table);
    tx.assign(table, definedFields(change));
    log.emit(TableChanged, table.meeting.id, () => ({ table: tableState(table) }));
    return table;
  });
}

export function updateWorkingTable({ em, live, id, input }: Deps & { id: string; input: UpdateWorkingTableInput }) {
  return changeWorkingTable({ em, live, id, change: { ...input } });
}

export function deleteWorkingTable({ em, live, id }: Deps & { id: string }): Promise<string> {
  return liveTransaction(em, live, async (tx, log) => {
    const table = await findOrFail(tx, WorkingTable, id);
    tx.remove(table);
    log.emit(TableRemoved, table.meeting.id, { tableId: id });
    return id;
  });
}
