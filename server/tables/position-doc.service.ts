import { LockMode } from '@mikro-orm/postgresql';
import { FORBIDDEN_CHARACTER_MESSAGE, hasForbiddenCharacter, LIMITS } from '../../schema/limits';
import { authorize, may } from '../auth/authorize';
import { viewerName } from '../auth/viewer';
import { assertId, findOrFail } from '../common/find';
import type { Context } from '../context';
import { BadUserInputError, ForbiddenError, NotFoundError } from '../errors';
import type { Outcome } from '../live/keyed-batches';
import { livePolicy } from '../live/live.policy';
import { liveTransaction } from '../live/live-transaction';
import { assertTableOpen } from '../workshops/workshop-rules';
import { Position } from './position.entity';
import { PositionEdited } from './position.events';
import { positionPolicy } from './position.policy';
import { applyClientUpdate, decodeUpdate, docText, encodeDoc, loadDoc, textLength } from './position-doc';
import type { PositionDoc, PositionText } from './position-doc.type';

export async function positionDoc({ ctx, positionId }: { ctx: Context; positionId: string }): Promise<PositionDoc> {
  const position = await findOrFail(ctx.em, Position, positionId, 'positionId', { populate: ['doc', 'table.meeting'] });
  await authorize(ctx, livePolicy, 'follow', position.table.getEntity().meeting.getEntity());
  // A hidden card does not exist for those who may not moderate it.
  if (position.hidden && !(await may(ctx, positionPolicy, 'hide', position))) {
    throw new NotFoundError(Position.name, positionId);
  }
  return {
    positionId,
    text: position.text,
    textVersion: position.textVersion,
    state: encodeDoc(loadDoc(position.doc, position.text)).toString('base64'),
  };
}

/** The rules of a position's text as createPosition and updatePosition apply them, for the text an edit leaves. */
function assertWritable(text: string): void {
  if (textLength(text) > LIMITS.positionText) {
    throw new BadUserInputError('update', `the text would be longer than ${LIMITS.positionText} characters`);
  }
  if (!/\S/.test(text)) throw new BadUserInputError('update', 'the text would be blank');
  if (hasForbiddenCharacter(text)) throw new BadUserInputError('update', `the text ${FORBIDDEN_CHARACTER_MESSAGE}`);
}

interface Edit {
  ctx: Context;
  update: string;
  bytes: Uint8Array;
}

/**
 * Merges one client's Yjs update into the position's document. Updates of one position are
 * written in batches (see KeyedBatches) under its row lock, so across requests and instances none
 * is lost, and twenty typists cost a few transactions per second rather than a hundred. An update
 * that changes nothing (a resend) is acknowledged without an event; a refused one changes nothing.
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
  assertId(positionId, 'positionId');
  const edit = { ctx, update, bytes: decodeUpdate(update) };
  return ctx.live.batches.run(`position-edit:${positionId}`, edit, (edits) => applyEdits(positionId, edits));
}

async function applyEdits(positionId: string, edits: Edit[]): Promise<Outcome<PositionText>[]> {
  const ctx = edits[0]?.ctx;
  if (!ctx) return [];
  return liveTransaction(ctx.em, ctx.live, async (tx, log) => {
    const position = await tx.findOne(Position, positionId, {
      populate: ['doc', 'table.meeting'],
      strategy: 'joined',
      lockMode: LockMode.PESSIMISTIC_WRITE,
      lockTableAliases: ['p0'],
    });
    if (!position) throw new NotFoundError(Position.name, positionId);
    const table = position.table.getEntity();
    const meeting = table.meeting.getEntity();
    assertTableOpen(table);
    let doc = loadDoc(position.doc, position.text);
    let current: PositionText = { positionId, text: position.text, textVersion: position.textVersion };
    const outcomes: Outcome<PositionText>[] = [];
    for (const edit of edits) {
      if (!(await may(edit.ctx, positionPolicy, 'edit', position))) {
        outcomes.push({ error: new ForbiddenError() });
        continue;
      }
      const before = encodeDoc(doc);
      try {
        if (applyClientUpdate(doc, edit.bytes)) {
          const text = docText(doc);
          assertWritable(text);
          current = { positionId, text, textVersion: current.textVersion + 1 };
          log.emit(PositionEdited, meeting.id, {
            ...current,
            tableId: table.id,
            update: edit.update,
            editorName: viewerName(edit.ctx.viewer),
          });
        }
        outcomes.push({ value: current });
      } catch (error) {
        // A refused update may have half-applied; go on from the state before it.
        doc = loadDoc(before, current.text);
        outcomes.push({ error });
      }
    }
    if (current.textVersion !== position.textVersion) {
      // Text edits are not structural changes and must not bump `version`, or every keystroke
      // would turn a concurrent move or rank into a CONFLICT: plain SQL under the row lock, which
      // leaves `version` alone (MikroORM increments it otherwise), written with the events.
      log.writeWith(meeting.id, {
        sql: 'update "position" set text = ?, doc = ?, text_version = ?, updated_at = ? where id = ?',
        params: [current.text, encodeDoc(doc), current.textVersion, new Date(), positionId],
      });
    }
    return outcomes;
  });
}
