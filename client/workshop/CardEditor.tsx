import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { useLocale } from '../i18n/use-locale';
import type { BoardCard } from './board-model';
import styles from './Card.module.css';
import { useMeetingLiveContext } from './live/live-context';
import { useSharedText } from './text/use-shared-text';

interface CardEditorProps {
  card: BoardCard;
  onDone: () => void;
  /** Done with nothing left in the text (which the server never stores). */
  onEmptied: () => void;
  onRefusal: (error: CombinedError) => void;
}

/** The card's text, edited together with everyone else who has it open. */
export function CardEditor({ card, onDone, onEmptied, onRefusal }: CardEditorProps) {
  const { t } = useTranslation();
  const id = useId();
  const locale = useLocale();
  const shared = useSharedText(card.id, useMeetingLiveContext());
  const field = useRef<HTMLTextAreaElement | null>(null);
  const bind = (element: HTMLTextAreaElement | null) => {
    field.current = element;
    shared.textarea(element);
  };
  const typists = new Intl.ListFormat(locale).format(shared.typists.map((name) => name || t('board.someoneElse')));
  useEffect(() => {
    if (shared.refusal) onRefusal(shared.refusal);
  }, [shared.refusal, onRefusal]);
  return (
    <div className={styles.editor}>
      <label htmlFor={id} className="visually-hidden">
        {t('board.cardText')}
      </label>
      <textarea
        id={id}
        ref={bind}
        className={styles.textarea}
        defaultValue={card.text}
        readOnly={!shared.ready}
        aria-busy={!shared.ready}
        rows={3}
        // biome-ignore lint/a11y/noAutofocus: the person just asked to edit this card.
        autoFocus
      />
      <p role="status" className={styles.typing}>
        {shared.typists.length > 0 ? t('board.othersTyping', { count: shared.typists.length, names: typists }) : ''}
      </p>
      <button
        type="button"
        className={styles.action}
        onClick={() => (field.current && !/\S/.test(field.current.value) ? onEmptied() : onDone())}
      >
        {t('board.done')}
      </button>
    </div>
  );
}
