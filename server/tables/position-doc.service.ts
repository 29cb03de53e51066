import { LockMode } from '@mikro-orm/postgresql';
import { LIMITS } from '../../schema/limits';
import { findOrFail } from '../common/find';
import type { Context } from '../context';
import { BadUserInputError } from '../errors';
import { liveTransaction } from '../live/live-transaction';
import { authorize, canEditPosition, canSubscribe } from '../live/live.policy';
import { assertTableOpen } from '../workshops/workshop-rules';
import { Position } from './position.entity';
import { applyClientUpdate, decodeUpdate, docText, encodeDoc, loadDoc, textLength } from './position-doc';
import type { PositionDoc, PositionText } from './position-doc.type';
import { PositionEdited } from './position.events';

export async function positionDoc({ ctx, positionId }: { ctx: Context; positionId: string }): Promise<PositionDoc> {
  const position = await findOrFail(ctx.em, Position, positionId, 'positionId', { populate: ['doc', 'table.meeting'] });
  authorize(canSubscribe(ctx, position.table.getEntity().meeting.getEntity()));
  return {
    positionId,
    text: position.text,
    textVersion: position.textVersion,
    state: encodeDoc(loadDoc(position.doc, position.text)).toString('base64'),
  };
}

/**
 * Merges one client's Yjs update into the position's document. The row lock serialises the
 * updates of a position across requests and instances, so none is lost; an update that changes
 * nothing (a resend) is acknowledged without an event. Refused updates change nothing.
 */
export async function applyPositionEdit({
  ctx,
  positionId,
  update,
}: {
  ctx: Context;
  positionId: string;
  update: string;
}): Promise<PositionText> {
  const bytes = decodeUpdate(update);
  return liveTransaction(ctx.em, ctx.live, async (tx, log) => {
    const position = await findOrFail(tx, Position, positionId, 'positionId', {
      populate: ['doc'],
      lockMode: LockMode.PESSIMISTIC_WRITE,
    });
    const table = await position.table.loadOrFail({ populate: ['meeting'] });
    authorize(canEditPosition(ctx, table.meeting.getEntity(), position));
    await assertTableOpen(tx, table);
    const doc = loadDoc(position.doc, position.text);
    if (!applyClientUpdate(doc, bytes)) {
      return { positionId, text: position.text, textVersion: position.textVersion };
    }
    const text = docText(doc);
    if (textLength(text) > LIMITS.positionText) {
      throw new BadUserInputError('update', `the text would be longer than ${LIMITS.positionText} characters`);
    }
    const textVersion = position.textVersion + 1;
    // Text edits are not structural changes and must not bump `version`, or every keystroke would
    // turn a concurrent move or rank into a CONFLICT: a native update that sets the version it
    // read under the row lock (MikroORM increments it otherwise).
    await tx.nativeUpdate(
      Position,
      { id: positionId },
      { text, doc: encodeDoc(doc), textVersion, version: position.version, updatedAt: new Date() },
    );
    log.emit(PositionEdited, table.meeting.id, { positionId, tableId: table.id, update, text, textVersion });
    return { positionId, text, textVersion };
  });
}
