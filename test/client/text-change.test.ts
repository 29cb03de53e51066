import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyKeepingSelection, applyLocalText, TEXT_NAME, textChange } from '../../client/workshop/text/text-change';

describe('text change between two states of the editor', () => {
  it('is one insertion, deletion or replacement where the texts differ', () => {
    expect(textChange('Flexible Hilfen', 'Flexible Hilfen')).toBeNull();
    expect(textChange('Flexible Hilfen', 'Flexible ambulante Hilfen')).toEqual({
      index: 9,
      remove: 0,
      insert: 'ambulante ',
    });
    expect(textChange('Flexible Hilfen', 'Hilfen')).toEqual({ index: 0, remove: 9, insert: '' });
    expect(textChange('Kosten steigen', 'Kosten sinken')).toEqual({ index: 8, remove: 4, insert: 'ink' });
    expect(textChange('aa', 'aaa')).toEqual({ index: 2, remove: 0, insert: 'a' });
  });

  it('never splits an emoji in two', () => {
    expect(textChange('a😀', 'a😃')).toEqual({ index: 1, remove: 2, insert: '😃' });
  });
});

function docWith(text: string) {
  const doc = new Y.Doc();
  doc.getText(TEXT_NAME).insert(0, text);
  return doc;
}

describe('the Yjs text binding', () => {
  it('turns an edit into Y.Text operations that another document merges with its own', () => {
    const mine = docWith('Budget');
    const theirs = new Y.Doc();
    Y.applyUpdate(theirs, Y.encodeStateAsUpdate(mine));

    applyLocalText(mine.getText(TEXT_NAME), 'Sozialraumbudget', 'local');
    applyLocalText(theirs.getText(TEXT_NAME), 'Budget 2013', 'local');
    Y.applyUpdate(mine, Y.encodeStateAsUpdate(theirs));
    Y.applyUpdate(theirs, Y.encodeStateAsUpdate(mine));

    expect(mine.getText(TEXT_NAME).toString()).toBe('Sozialraumbudget 2013');
    expect(theirs.getText(TEXT_NAME).toString()).toBe('Sozialraumbudget 2013');
  });

  it('tags local edits with their origin, so they alone are sent', () => {
    const doc = docWith('Budget');
    const origins: unknown[] = [];
    doc.on('update', (_update: Uint8Array, origin: unknown) => origins.push(origin));
    applyLocalText(doc.getText(TEXT_NAME), 'Budget!', 'local');
    applyLocalText(doc.getText(TEXT_NAME), 'Budget!', 'local');
    expect(origins).toEqual(['local']);
  });

  it('keeps the caret beside the same characters while someone else inserts before it', () => {
    const mine = docWith('Kosten steigen');
    const theirs = new Y.Doc();
    Y.applyUpdate(theirs, Y.encodeStateAsUpdate(mine));
    applyLocalText(theirs.getText(TEXT_NAME), 'Die Kosten steigen', 'local');
    const remote = Y.encodeStateAsUpdate(theirs, Y.encodeStateVector(mine));

    // The caret sits after "Kosten" (index 6), a word selected from 7 to 14.
    const caret = applyKeepingSelection(mine.getText(TEXT_NAME), { start: 6, end: 6 }, () => {});
    expect(caret).toEqual({ start: 6, end: 6 });
    const selection = applyKeepingSelection(mine.getText(TEXT_NAME), { start: 7, end: 14 }, () =>
      Y.applyUpdate(mine, remote, 'remote'),
    );
    expect(mine.getText(TEXT_NAME).toString()).toBe('Die Kosten steigen');
    expect(selection).toEqual({ start: 11, end: 18 });
  });
});
