import * as random from 'lib0/random';
import * as Y from 'yjs';
import { LIMITS } from '../../schema/limits';
import { BadUserInputError, ConflictError } from '../errors';

/** The name of the Y.Text that holds a position's text in its Yjs document. */
export const TEXT_NAME = 'text';
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/**
 * The document of a position that has never been co-edited. Built by a fixed client id so that
 * every instance, and every read before the first edit, derives byte-identical state from the
 * same text; live clients get random ids from Yjs and never collide with it.
 */
function initialDoc(text: string): Y.Doc {
  const doc = new Y.Doc({ gc: true });
  doc.clientID = 0;
  if (text) doc.getText(TEXT_NAME).insert(0, text);
  // Later edits on this server are a client of their own, like any other.
  doc.clientID = random.uint32();
  return doc;
}

/** The stored document, or the one the plain text implies when the position was never co-edited. */
export function loadDoc(state: Uint8Array | null | undefined, text: string): Y.Doc {
  if (!state) return initialDoc(text);
  const doc = new Y.Doc({ gc: true });
  Y.applyUpdate(doc, state);
  return doc;
}

export function docText(doc: Y.Doc): string {
  return doc.getText(TEXT_NAME).toString();
}

export function encodeDoc(doc: Y.Doc): Buffer {
  return Buffer.from(Y.encodeStateAsUpdate(doc));
}

/** Characters as people count them (and as the validators of plain inputs count them). */
export function textLength(text: string): number {
  return [...text].length;
}

/** The bytes of a base64 update, refused when it is not base64, empty or too long. */
export function decodeUpdate(base64: string): Uint8Array {
  if (base64.length > LIMITS.positionUpdate) {
    throw new BadUserInputError(
      'update',
      `update must not be longer than ${LIMITS.positionUpdate} characters of base64`,
    );
  }
  if (base64.length === 0 || !BASE64.test(base64)) throw new BadUserInputError('update', 'update is not base64');
  return Buffer.from(base64, 'base64');
}

/**
 * Merges a client's update into `doc` and returns whether anything changed. Refuses what is not
 * a Yjs update of plain text in the one shared Y.Text, and an update that builds on changes this
 * document does not have (the client must reload the document first).
 */
export function applyClientUpdate(doc: Y.Doc, update: Uint8Array): boolean {
  const before = { vector: Y.encodeStateVector(doc), text: docText(doc) };
  try {
    Y.decodeUpdate(update);
    Y.applyUpdate(doc, update);
  } catch {
    throw new BadUserInputError('update', 'update is not a valid Yjs update');
  }
  if ([...doc.share.keys()].some((name) => name !== TEXT_NAME)) {
    throw new BadUserInputError('update', `update may only change the shared text "${TEXT_NAME}"`);
  }
  const plain = doc
    .getText(TEXT_NAME)
    .toDelta()
    .every((op: { insert?: unknown; attributes?: unknown }) => typeof op.insert === 'string' && !op.attributes);
  if (!plain) throw new BadUserInputError('update', 'update may only insert and delete plain text');
  if (doc.store.pendingStructs || doc.store.pendingDs) {
    throw new ConflictError('update builds on changes the server does not have; load positionDoc again', {
      reason: 'MISSING_DEPENDENCIES',
    });
  }
  return docText(doc) !== before.text || !Buffer.from(Y.encodeStateVector(doc)).equals(before.vector);
}

/** Changes the text of `doc` to `text` as a minimal edit, and returns the update that does it. */
export function replaceText(doc: Y.Doc, text: string): Uint8Array {
  const current = docText(doc);
  let start = 0;
  while (start < current.length && start < text.length && current[start] === text[start]) start += 1;
  let end = 0;
  while (
    end < current.length - start &&
    end < text.length - start &&
    current[current.length - 1 - end] === text[text.length - 1 - end]
  ) {
    end += 1;
  }
  // Never cut a character outside the basic plane in half.
  if (start > 0 && isHighSurrogate(current.charCodeAt(start - 1))) start -= 1;
  if (end > 0 && isLowSurrogate(current.charCodeAt(current.length - end))) end -= 1;
  const vector = Y.encodeStateVector(doc);
  doc.transact(() => {
    const shared = doc.getText(TEXT_NAME);
    shared.delete(start, current.length - start - end);
    shared.insert(start, text.slice(start, text.length - end));
  });
  return Y.encodeStateAsUpdate(doc, vector);
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
