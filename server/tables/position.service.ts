import { type EntityManager, LockMode } from '@mikro-orm/postgresql';
import { LIMITS } from '../../schema/limits';
import { authorize } from '../auth/authorize';
import { viewerName } from '../auth/viewer';
import { definedFields, findOrFail } from '../common/find';
import { nextOrder } from '../common/order';
import type { Context } from '../context';
import { BadUserInputError, ConflictError, NotFoundError } from '../errors';
import { type EventLog, liveTransaction } from '../live/live-transaction';
import { Workshop } from '../workshops/workshop.entity';
import { SpotlightChanged } from '../workshops/workshop.events';
import { assertTableOpen } from '../workshops/workshop-rules';
import { DeletedPosition } from './deleted-position.entity';
import { Position } from './position.entity';
import {
  PositionAdded,
  PositionEdited,
  PositionHiddenChanged,
  PositionMoved,
  PositionRemoved,
  positionState,
  RanksChanged,
} from './position.events';
import { positionPolicy } from './position.policy';
import { encodeDoc, loadDoc, replaceText } from './position-doc';
import type { CreatePositionInput, UpdatePositionInput } from './table.inputs';
import { WorkingTable } from './working-table.entity';
import { workingTablePolicy } from './working-table.policy';

/** The author is whoever writes: a signed-in person by name, a guest by display name. */
function authorOf(ctx: Context) {
  const { viewer } = ctx;
  if (viewer.kind === 'user') return { author: viewer.personId, authorName: viewerName(viewer) };
  if (viewer.kind === 'guest') return { authorGuest: viewer.guestId, authorName: viewerName(viewer) };
  return {};
}

export async function createPosition({ ctx, input }: { ctx: Context; input: CreatePositionInput }) {
  return liveTransaction(ctx.em, ctx.live, async (tx, log) => {
    const table = await findOrFail(tx, WorkingTable, input.tableId, 'tableId');
    await authorize(ctx, workingTablePolicy, 'addPosition', table);
    assertTableOpen(table);
    const position = tx.create(Position, {
      table,
      text: input.text,
      ...authorOf(ctx),
      order: await nextOrder(tx, Position, { table }, table.id),
    });
    log.emit(PositionAdded, table.meeting.id, () => ({ position: positionState(position) }));
    return position;
  });
}

/** A position may move between the tables of its own meeting only, and only between open ones. */
async function targetTable(tx: EntityManager, current: WorkingTable, tableId: string | undefined) {
  if (tableId === undefined) return undefined;
  const table = await findOrFail(tx, WorkingTable, tableId, 'tableId');
  if (table.meeting.id !== current.meeting.id) {
    throw new BadUserInputError('tableId', 'a position can only move to a table of its own meeting');
  }
  if (table === current) return undefined;
  assertTableOpen(table);
  return table;
}

/** Refuses a structural change based on an older version of the position with CONFLICT. */
export function assertVersion(position: Position, expectedVersion: number | null | undefined): void {
  if (expectedVersion !== undefined && expectedVersion !== null && expectedVersion !== position.version) {
    throw new ConflictError(
      `position ${position.id} has changed (version ${position.version}, expected ${expectedVersion})`,
      {
        currentVersion: position.version,
      },
    );
  }
}

async function assertRankFree(tx: EntityManager, position: Position, rank: number | null | undefined) {
  if (rank === undefined || rank === null) return;
  const holder = await tx.findOne(Position, { table: position.table, rank, id: { $ne: position.id } });
  if (holder) throw new ConflictError(`rank ${rank} is already given to another position of this table`);
}

/** Records the whole top five of `table` as it stands after the flush. */
export async function emitRanks(tx: EntityManager, log: EventLog, table: WorkingTable): Promise<void> {
  await tx.flush();
  const ranked = await tx.find(Position, { table, rank: { $ne: null } }, { orderBy: { rank: 'asc' } });
  log.emit(RanksChanged, table.meeting.id, {
    tableId: table.id,
    ranks: ranked.flatMap(({ id, rank }) => (rank ? [{ positionId: id, rank }] : [])),
  });
}

/** Sets the text through the position's Yjs document, so co-editing clients receive it as an update. */
async function setText(
  tx: EntityManager,
  log: EventLog,
  position: Position,
  meetingId: string,
  text: string,
  editorName: string | null,
) {
  await tx.populate(position, ['doc']);
  const doc = loadDoc(position.doc, position.text);
  const update = replaceText(doc, text);
  tx.assign(position, { text, doc: encodeDoc(doc), textVersion: position.textVersion + 1 });
  log.emit(PositionEdited, meetingId, () => ({
    positionId: position.id,
    tableId: position.table.id,
    update: Buffer.from(update).toString('base64'),
    text: position.text,
    textVersion: position.textVersion,
    editorName,
  }));
}

export async function updatePosition({ ctx, id, input }: { ctx: Context; id: string; input: UpdatePositionInput }) {
  return liveTransaction(ctx.em, ctx.live, async (tx, log) => {
    const { expectedVersion, tableId, text, ...fields } = input;
    // Locked like a co-edit locks it, so a text set here and keystrokes never overwrite each other;
    // the version column still refuses a change based on what another request changed before.
    const position = await findOrFail(tx, Position, id, 'id', { lockMode: LockMode.PESSIMISTIC_WRITE });
    const arranges = tableId !== undefined || fields.rank !== undefined || fields.order !== undefined;
    if (text !== undefined || !arranges) await authorize(ctx, positionPolicy, 'edit', position);
    if (arranges) await authorize(ctx, positionPolicy, 'arrange', position);
    assertVersion(position, expectedVersion);
    const current = await position.table.loadOrFail();
    assertTableOpen(current);
    const table = await targetTable(tx, current, tableId);
    // A position that changes tables leaves the old table's top five.
    const rank = table ? null : fields.rank;
    await assertRankFree(tx, position, rank);
    const order = table ? await nextOrder(tx, Position, { table }, table.id) : fields.order;
    if (text !== undefined && text !== position.text)
      await setText(tx, log, position, current.meeting.id, text, viewerName(ctx.viewer));
    const structural = definedFields({ rank, table, order });
    if (Object.keys(structural).length > 0) {
      const hadRank = position.rank !== null && position.rank !== undefined;
      tx.assign(position, structural);
      log.emit(PositionMoved, current.meeting.id, () => ({ position: positionState(position) }));
      if (rank !== undefined && (hadRank || rank !== null)) await emitRanks(tx, log, current);
    }
    return position;
  });
}

/** Snapshots older than the restore window go, so a deleted card's text is not kept longer than its undo. */
async function purgeDeleted(tx: EntityManager, now: Date): Promise<void> {
  const before = new Date(now.getTime() - LIMITS.positionRestoreSeconds * 1000);
  await tx.nativeDelete(DeletedPosition, { deletedAt: { $lt: before } });
}

/**
 * Deletes a position and keeps what `restorePosition` brings back for a minute. Its dots, its rank
 * and its group go with it (members stand alone again), as they always did.
 */
export function deletePosition({ ctx, id }: { ctx: Context; id: string }): Promise<string> {
  return liveTransaction(ctx.em, ctx.live, async (tx, log) => {
    const position = await findOrFail(tx, Position, id, 'id', { populate: ['doc'] });
    await authorize(ctx, positionPolicy, 'delete', position);
    const table = await position.table.loadOrFail();
    assertTableOpen(table);
    await purgeDeleted(tx, ctx.now());
    const { text, author, authorGuest, authorName, order, hidden, doc, textVersion, createdAt } = position;
    tx.create(DeletedPosition, {
      id,
      table,
      text,
      author,
      authorGuest,
      authorName,
      order,
      hidden,
      doc: doc ?? null,
      textVersion,
      createdAt,
      deletedAt: ctx.now(),
    });
    const ranked = position.rank !== null && position.rank !== undefined;
    tx.remove(position);
    log.emit(PositionRemoved, table.meeting.id, { positionId: id, tableId: table.id });
    if (ranked) await emitRanks(tx, log, table);
    return id;
  });
}

/**
 * Brings a position deleted less than LIMITS.positionRestoreSeconds ago back under its id, at its
 * place, with its text and author: the undo of deletePosition, for whoever may delete it.
 */
export function restorePosition({ ctx, id }: { ctx: Context; id: string }): Promise<Position> {
  return liveTransaction(ctx.em, ctx.live, async (tx, log) => {
    const deleted = await findOrFail(tx, DeletedPosition, id);
    const expires = deleted.deletedAt.getTime() + LIMITS.positionRestoreSeconds * 1000;
    if (expires < ctx.now().getTime()) throw new NotFoundError(DeletedPosition.name, id);
    await authorize(ctx, positionPolicy, 'delete', deleted);
    const table = await deleted.table.loadOrFail();
    assertTableOpen(table);
    const { text, author, authorGuest, authorName, hidden, doc, textVersion, createdAt } = deleted;
    // Its old place, unless a card written meanwhile took it; nextOrder holds the table's order lock either way.
    const next = await nextOrder(tx, Position, { table }, table.id);
    const order = (await tx.count(Position, { table, order: deleted.order })) ? next : deleted.order;
    const position = tx.create(Position, {
      id,
      table,
      text,
      author,
      authorGuest,
      authorName,
      order,
      hidden,
      doc,
      textVersion,
      createdAt,
    });
    tx.remove(deleted);
    log.emit(PositionAdded, table.meeting.id, () => ({ position: positionState(position) }));
    return position;
  });
}

/** Hides a position from participants and the protocol, or shows it again; facilitators see it either way. */
export function setPositionHidden({ ctx, id, hidden }: { ctx: Context; id: string; hidden: boolean }) {
  return liveTransaction(ctx.em, ctx.live, async (tx, log) => {
    const position = await findOrFail(tx, Position, id, 'id', { lockMode: LockMode.PESSIMISTIC_WRITE });
    await authorize(ctx, positionPolicy, 'hide', position);
    if (position.hidden === hidden) return position;
    const table = await position.table.loadOrFail();
    // A hidden card leaves the top five: ranks are shown to everyone.
    const ranked = hidden && position.rank !== null && position.rank !== undefined;
    tx.assign(position, { hidden, ...(ranked ? { rank: null } : {}) });
    log.emit(PositionHiddenChanged, table.meeting.id, () => ({
      positionId: id,
      tableId: table.id,
      hidden,
      shown: hidden ? null : positionState(position),
    }));
    if (ranked) await emitRanks(tx, log, table);
    if (hidden) await leaveSpotlight(tx, log, table.meeting.id, position);
    return position;
  });
}

/** A card hidden while in the spotlight leaves it: the spotlight shows a card to everyone. */
async function leaveSpotlight(tx: EntityManager, log: EventLog, meetingId: string, position: Position) {
  const workshop = await tx.findOne(Workshop, { meeting: meetingId, spotlight: position });
  if (!workshop) return;
  workshop.spotlight = null;
  log.emit(SpotlightChanged, meetingId, { spotlightId: null });
}
