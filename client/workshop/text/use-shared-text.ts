import { fromBase64, toBase64 } from 'lib0/buffer';
import { useCallback, useEffect, useRef, useState } from 'react';
import { type CombinedError, useClient } from 'urql';
import * as Y from 'yjs';
import { errorCode } from '../../api/errors';
import { ApplyPositionEditMutation, PositionDocQuery } from '../board.operations';
import type { MeetingLive } from '../live/use-meeting-live';
import { applyKeepingSelection, applyLocalText, TEXT_NAME } from './text-change';

const LOCAL = Symbol('local');
/** How long "someone else is typing" stays up after their last change arrived. */
const OTHERS_TYPING_MS = 4_000;
/** The pause before sending again after the server could not be reached. */
const RESEND_MS = 1_000;

export interface SharedText {
  /** Bind to the textarea: it shows the document and feeds it. */
  textarea: (element: HTMLTextAreaElement | null) => void;
  ready: boolean;
  /** Changes from others arrived in the last seconds. */
  othersTyping: boolean;
  refusal: CombinedError | null;
}

/**
 * A position's text as a Yjs document shared with everyone editing it: started from
 * `positionDoc`, local edits sent as `applyPositionEdit` (merged per animation frame, one request
 * at a time, so each builds on what the server has), others' `PositionEdited` updates applied
 * while the person keeps typing, their caret held in place.
 */
export function useSharedText(positionId: string, { listen }: Pick<MeetingLive, 'listen'>): SharedText {
  const client = useClient();
  const element = useRef<HTMLTextAreaElement | null>(null);
  const docRef = useRef<Y.Doc | null>(null);
  const [ready, setReady] = useState(false);
  const [othersTyping, setOthersTyping] = useState(false);
  const [refusal, setRefusal] = useState<CombinedError | null>(null);
  const [generation, setGeneration] = useState(0);

  const show = useCallback((doc: Y.Doc) => {
    const textarea = element.current;
    if (textarea) textarea.value = doc.getText(TEXT_NAME).toString();
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `generation` loads the document again.
  useEffect(() => {
    let doc: Y.Doc | null = null;
    let stopped = false;
    let typingTimer: ReturnType<typeof setTimeout> | undefined;
    const early: string[] = [];
    const queue: Uint8Array[] = [];
    let sending = false;
    let frame = 0;

    const applyRemote = (target: Y.Doc, update: string) => {
      const text = target.getText(TEXT_NAME);
      const before = text.toString();
      const textarea = element.current;
      const focused = textarea !== null && textarea === document.activeElement;
      const selection = applyKeepingSelection(
        text,
        { start: textarea?.selectionStart ?? 0, end: textarea?.selectionEnd ?? 0 },
        () => Y.applyUpdate(target, fromBase64(update)),
      );
      if (text.toString() === before) return;
      show(target);
      if (focused) textarea.setSelectionRange(selection.start, selection.end);
      setOthersTyping(true);
      clearTimeout(typingTimer);
      typingTimer = setTimeout(() => setOthersTyping(false), OTHERS_TYPING_MS);
    };

    const send = async () => {
      frame = 0;
      if (sending || queue.length === 0) return;
      sending = true;
      const update = Y.mergeUpdates(queue.splice(0));
      const result = await client
        .mutation(ApplyPositionEditMutation, { positionId, update: toBase64(update) })
        .toPromise();
      sending = false;
      if (result.error && errorCode(result.error) === 'NETWORK') {
        // Updates apply once on the server, so sending the same one again is safe.
        queue.unshift(update);
        if (!stopped) setTimeout(() => void send(), RESEND_MS);
        return;
      }
      if (result.error) {
        // Refused (too long, table locked, or built on something the server lacks): start
        // again from the server's document, which shows what was kept.
        setRefusal(result.error);
        if (!stopped) setGeneration((count) => count + 1);
        return;
      }
      void send();
    };

    const stopListening = listen((event) => {
      if (event.__typename !== 'PositionEdited' || event.positionId !== positionId) return;
      if (doc) applyRemote(doc, event.update);
      else early.push(event.update);
    });

    void client
      .query(PositionDocQuery, { positionId }, { requestPolicy: 'network-only' })
      .toPromise()
      .then((result) => {
        if (stopped) return;
        if (!result.data) {
          if (result.error) setRefusal(result.error);
          return;
        }
        const loaded = new Y.Doc();
        Y.applyUpdate(loaded, fromBase64(result.data.positionDoc.state));
        for (const update of early) Y.applyUpdate(loaded, fromBase64(update));
        loaded.on('update', (update: Uint8Array, origin: unknown) => {
          if (origin !== LOCAL) return;
          queue.push(update);
          frame ||= requestAnimationFrame(() => void send());
        });
        doc = loaded;
        docRef.current = loaded;
        show(loaded);
        setReady(true);
      });

    return () => {
      stopped = true;
      stopListening();
      clearTimeout(typingTimer);
      cancelAnimationFrame(frame);
      // What was typed just before closing still goes out.
      void send();
      docRef.current = null;
      setReady(false);
    };
  }, [client, listen, positionId, show, generation]);

  const onInput = useCallback(() => {
    const doc = docRef.current;
    const textarea = element.current;
    if (doc && textarea) applyLocalText(doc.getText(TEXT_NAME), textarea.value, LOCAL);
  }, []);

  const textarea = useCallback(
    (node: HTMLTextAreaElement | null) => {
      element.current?.removeEventListener('input', onInput);
      element.current = node;
      node?.addEventListener('input', onInput);
      if (node && docRef.current) show(docRef.current);
    },
    [onInput, show],
  );

  return { textarea, ready, othersTyping, refusal };
}
