import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import type { BoardCard } from './board-model';
import styles from './Card.module.css';
import { useMeetingLiveContext } from './live/live-context';
import { useSharedText } from './text/use-shared-text';

interface CardEditorProps {
  card: BoardCard;
  onDone: () => void;
  onRefusal: (error: CombinedError) => void;
}

/** The card's text, edited together with everyone else who has it open. */
export function CardEditor({ card, onDone, onRefusal }: CardEditorProps) {
  const { t } = useTranslation();
  const id = useId();
  const shared = useSharedText(card.id, useMeetingLiveContext());
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
        ref={shared.textarea}
        className={styles.textarea}
        defaultValue={card.text}
        readOnly={!shared.ready}
        aria-busy={!shared.ready}
        rows={3}
        // biome-ignore lint/a11y/noAutofocus: the person just asked to edit this card.
        autoFocus
      />
      <p role="status" className={styles.typing}>
        {shared.othersTyping ? t('board.othersTyping') : ''}
      </p>
      <button type="button" className={styles.action} onClick={onDone}>
        {t('board.done')}
      </button>
    </div>
  );
}
