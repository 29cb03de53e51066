import * as Y from 'yjs';

/** The name of the Y.Text that holds a position's text (README "Co-editing a position"). */
export const TEXT_NAME = 'text';

/** One edit that turns a text into another: at `index`, remove `remove` characters and insert `insert`. */
export interface TextChange {
  index: number;
  remove: number;
  insert: string;
}

/**
 * The smallest single edit between what the document holds and what the editor shows now,
 * found by the common start and end. A keystroke, a paste or a cut is always one such edit; in
 * UTF-16 units, as Y.Text counts them, without splitting a surrogate pair.
 */
export function textChange(before: string, after: string): TextChange | null {
  if (before === after) return null;
  let start = 0;
  const shorter = Math.min(before.length, after.length);
  while (start < shorter && before[start] === after[start]) start++;
  if (start > 0 && isHighSurrogate(before.charCodeAt(start - 1))) start--;
  let end = 0;
  while (end < shorter - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  if (end > 0 && isLowSurrogate(before.charCodeAt(before.length - end))) end--;
  return { index: start, remove: before.length - start - end, insert: after.slice(start, after.length - end) };
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Makes the Y.Text say `after`, as one transaction with `origin`, touching only what changed. */
export function applyLocalText(text: Y.Text, after: string, origin: unknown): void {
  const change = textChange(text.toString(), after);
  if (!change || !text.doc) return;
  text.doc.transact(() => {
    if (change.remove > 0) text.delete(change.index, change.remove);
    if (change.insert) text.insert(change.index, change.insert);
  }, origin);
}

export interface Selection {
  start: number;
  end: number;
}

/**
 * Applies a change from elsewhere and says where the caret is afterwards: the selection is held
 * as Yjs relative positions, which stay beside the same characters whatever others inserted or
 * deleted before them.
 */
export function applyKeepingSelection(text: Y.Text, selection: Selection, apply: () => void): Selection {
  const doc = text.doc;
  if (!doc) {
    apply();
    return selection;
  }
  const anchors = [selection.start, selection.end].map((index) => Y.createRelativePositionFromTypeIndex(text, index));
  apply();
  const [start, end] = anchors.map(
    (anchor, i) =>
      Y.createAbsolutePositionFromRelativePosition(anchor, doc)?.index ?? [selection.start, selection.end][i] ?? 0,
  );
  return { start: start ?? 0, end: end ?? 0 };
}
