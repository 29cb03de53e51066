import type { EntityManager } from '@mikro-orm/postgresql';
import { definedFields, findOrFail, removeById } from '../common/find';
import { nextOrder } from '../common/order';
import { Meeting } from '../meetings/meeting.entity';
import type { CreateWorkingTableInput, UpdateWorkingTableInput } from './table.inputs';
import { WorkingTable } from './working-table.entity';

export async function createWorkingTable({ em, input }: { em: EntityManager; input: CreateWorkingTableInput }) {
  return em.transactional(async (tx) => {
    const { meetingId, order, ...fields } = input;
    const meeting = await findOrFail(tx, Meeting, meetingId, 'meetingId');
    return tx.create(WorkingTable, { ...fields, meeting, order: order ?? (await nextOrder(tx, WorkingTable, { meeting })) });
  });
}

export async function updateWorkingTable({
  em,
  id,
  input,
}: {
  em: EntityManager;
  id: string;
  input: UpdateWorkingTableInput;
}) {
  return em.transactional(async (tx) => {
    const table = await findOrFail(tx, WorkingTable, id);
    tx.assign(table, definedFields({ ...input }));
    return table;
  });
}

export function deleteWorkingTable({ em, id }: { em: EntityManager; id: string }): Promise<string> {
  return removeById(em, WorkingTable, id);
}
