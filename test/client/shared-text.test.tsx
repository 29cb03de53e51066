import { act, render, screen } from '@testing-library/react';
import { fromBase64, toBase64 } from 'lib0/buffer';
import { Provider } from 'urql';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { MeetingEvent } from '../../client/workshop/live/meeting-events.cache';
import type { MeetingEventListener } from '../../client/workshop/live/use-meeting-live';
import { TEXT_NAME } from '../../client/workshop/text/text-change';
import { useSharedText } from '../../client/workshop/text/use-shared-text';
import { MEETING_ID } from './support/board-fixture';
import { clientAnswering, until } from './support/fake-api';

/** The server's side of one position's document: it answers positionDoc and merges each edit. */
function positionServer(text: string) {
  const doc = new Y.Doc();
  doc.getText(TEXT_NAME).insert(0, text);
  const edits: string[] = [];
  const api = clientAnswering(
    [
      'PositionDoc',
      () => ({
        data: {
          positionDoc: {
            __typename: 'PositionDoc',
            positionId: 'p-1',
            state: toBase64(Y.encodeStateAsUpdate(doc)),
            text,
            textVersion: 0,
          },
        },
      }),
    ],
    [
      'ApplyPositionEdit',
      ({ update }) => {
        edits.push(update as string);
        Y.applyUpdate(doc, fromBase64(update as string));
        const merged = doc.getText(TEXT_NAME).toString();
        return {
          data: {
            applyPositionEdit: {
              __typename: 'PositionText',
              positionId: 'p-1',
              text: merged,
              textVersion: edits.length,
            },
          },
        };
      },
    ],
  );
  return { ...api, doc, edits };
}

function Editor({ listen }: { listen: (listener: MeetingEventListener) => () => void }) {
  const shared = useSharedText('p-1', { listen });
  return <textarea aria-label="Text" ref={shared.textarea} readOnly={!shared.ready} />;
}

describe('a co-edited card text', () => {
  it('sends what is typed as a Yjs update and keeps the caret in place when others write before it', async () => {
    const server = positionServer('Kosten steigen');
    const listeners = new Set<MeetingEventListener>();
    const listen = (listener: MeetingEventListener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    };
    render(
      <Provider value={server.client}>
        <Editor listen={listen} />
      </Provider>,
    );
    const textarea = screen.getByLabelText<HTMLTextAreaElement>('Text');
    await until(() => textarea.value === 'Kosten steigen' && !textarea.readOnly);

    act(() => {
      textarea.focus();
      textarea.value = 'Kosten steigen stark';
      textarea.setSelectionRange(20, 20);
      textarea.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await until(() => server.edits.length === 1);
    expect(server.doc.getText(TEXT_NAME).toString()).toBe('Kosten steigen stark');

    // The person goes on with the caret after "Kosten"; someone else writes at the start.
    act(() => textarea.setSelectionRange(6, 6));
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(server.doc));
    const before = Y.encodeStateVector(other);
    other.getText(TEXT_NAME).insert(0, 'Die ');
    const update = toBase64(Y.encodeStateAsUpdate(other, before));
    const edited = {
      __typename: 'PositionEdited',
      seq: 9,
      meetingId: MEETING_ID,
      positionId: 'p-1',
      tableId: 't-kritik',
      update,
      text: 'Die Kosten steigen stark',
      textVersion: 2,
    } as MeetingEvent;
    act(() => {
      for (const listener of listeners) listener(edited);
    });
    expect(textarea.value).toBe('Die Kosten steigen stark');
    expect([textarea.selectionStart, textarea.selectionEnd]).toEqual([10, 10]);
    // Only the person's own typing goes to the server.
    expect(server.edits).toHaveLength(1);
  });
});
