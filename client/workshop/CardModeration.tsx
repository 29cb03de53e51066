import { useTranslation } from 'react-i18next';
import { type CombinedError, useMutation } from 'urql';
import { DeletePositionMutation, SetPositionHiddenMutation } from './board.operations';
import type { BoardCard } from './board-model';
import styles from './Card.module.css';
import { useOfferUndo } from './card-undo';

/** Deletes the card and offers to undo it; a refusal goes to the table's notice. */
export function useDeleteCard(card: BoardCard, onRefusal: (error: CombinedError) => void) {
  const [, remove] = useMutation(DeletePositionMutation);
  const offerUndo = useOfferUndo();
  return async () => {
    const { error } = await remove({ id: card.id });
    if (error) onRefusal(error);
    else offerUndo(card.id);
  };
}

interface CardModerationProps {
  card: BoardCard;
  deletable: boolean;
  hideable: boolean;
  onDelete: () => Promise<void>;
  onRefusal: (error: CombinedError) => void;
}

/** Deleting a card (its author, facilitators; undone from the toast) and hiding it for moderation (facilitators). */
export function CardModeration({ card, deletable, hideable, onDelete, onRefusal }: CardModerationProps) {
  const { t } = useTranslation();
  const [hiding, setHidden] = useMutation(SetPositionHiddenMutation);
  const toggle = async () => {
    const { error } = await setHidden({ id: card.id, hidden: !card.hidden });
    if (error) onRefusal(error);
  };
  return (
    <>
      {hideable && (
        <button
          type="button"
          className={styles.action}
          disabled={hiding.fetching}
          aria-label={t(card.hidden ? 'board.showCard' : 'board.hideCard', { text: card.text })}
          onClick={() => void toggle()}
        >
          {t(card.hidden ? 'board.show' : 'board.hide')}
        </button>
      )}
      {deletable && (
        <button
          type="button"
          className={styles.action}
          aria-label={t('board.deleteCard', { text: card.text })}
          onClick={() => void onDelete()}
        >
          {t('board.delete')}
        </button>
      )}
    </>
  );
}
