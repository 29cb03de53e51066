import type { EntityManager } from '@mikro-orm/postgresql';
import { authorize } from '../auth/authorize';
import { definedFields, findOrFail, removeById } from '../common/find';
import { nextOrder } from '../common/order';
import type { Context } from '../context';
import { BadUserInputError, ConflictError } from '../errors';
import { Position } from './position.entity';
import { positionPolicy } from './position.policy';
import type { CreatePositionInput, UpdatePositionInput } from './table.inputs';
import { WorkingTable } from './working-table.entity';

/** The author is whoever writes: a signed-in person by name, a guest by display name. */
function authorOf(ctx: Context) {
  const { viewer } = ctx;
  if (viewer.kind === 'user') return { author: viewer.personId, authorName: viewer.name };
  if (viewer.kind === 'guest') return { authorGuest: viewer.guestId, authorName: viewer.displayName };
  return {};
}

export async function createPosition({ ctx, input }: { ctx: Context; input: CreatePositionInput }) {
  return ctx.em.transactional(async (tx) => {
    const table = await findOrFail(tx, WorkingTable, input.tableId, 'tableId');
    await authorize(ctx, positionPolicy, 'create', table);
    return tx.create(Position, {
      table,
      text: input.text,
      ...authorOf(ctx),
      order: await nextOrder(tx, Position, { table }),
    });
  });
}

/** A position may move between the tables of its own meeting only. */
async function targetTable(tx: EntityManager, position: Position, tableId: string | undefined) {
  if (tableId === undefined) return undefined;
  const table = await findOrFail(tx, WorkingTable, tableId, 'tableId');
  const current = await position.table.loadOrFail();
  if (table.meeting.id !== current.meeting.id) {
    throw new BadUserInputError('tableId', 'a position can only move to a table of its own meeting');
  }
  return table === current ? undefined : table;
}

async function assertRankFree(tx: EntityManager, position: Position, rank: number | null | undefined) {
  if (rank === undefined || rank === null) return;
  const holder = await tx.findOne(Position, { table: position.table, rank, id: { $ne: position.id } });
  if (holder) throw new ConflictError(`rank ${rank} is already given to another position of this table`);
}

export async function updatePosition({ ctx, id, input }: { ctx: Context; id: string; input: UpdatePositionInput }) {
  return ctx.em.transactional(async (tx) => {
    const { expectedVersion, tableId, ...fields } = input;
    // The version column makes MikroORM's UPDATE conditional on the version read here, so a
    // concurrent change between this read and the commit is refused as well.
    const position = await findOrFail(tx, Position, id);
    const arranges = tableId !== undefined || fields.rank !== undefined || fields.order !== undefined;
    if (fields.text !== undefined || !arranges) await authorize(ctx, positionPolicy, 'edit', position);
    if (arranges) await authorize(ctx, positionPolicy, 'arrange', position);
    if (expectedVersion !== undefined && expectedVersion !== null && expectedVersion !== position.version) {
      throw new ConflictError(`position ${id} has changed (version ${position.version}, expected ${expectedVersion})`, {
        currentVersion: position.version,
      });
    }
    const table = await targetTable(tx, position, tableId);
    // A position that changes tables leaves the old table's top five.
    const rank = table ? null : fields.rank;
    await assertRankFree(tx, position, rank);
    const order = table ? await nextOrder(tx, Position, { table }) : fields.order;
    tx.assign(position, definedFields({ ...fields, rank, table, order }));
    return position;
  });
}

export function deletePosition({ ctx, id }: { ctx: Context; id: string }): Promise<string> {
  return removeById(ctx.em, Position, id, (position) => authorize(ctx, positionPolicy, 'delete', position));
}
