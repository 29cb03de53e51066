import { useTranslation } from 'react-i18next';
import { type CombinedError, useMutation } from 'urql';
import { CastVotesMutation } from './board.operations';
import { type BoardCard, type BoardTable, myDotsOn, type TableControls } from './board-model';
import styles from './Card.module.css';

interface VoteButtonsProps {
  table: BoardTable;
  card: BoardCard;
  controls: Pick<TableControls, 'addDot' | 'removeDot'>;
  onRefusal: (error: CombinedError) => void;
}

/**
 * The viewer's dots on a card: one more while dots are left (the server's count), one fewer
 * while there are some on it; shown at once, taken back if refused.
 */
export function VoteButtons({ table, card, controls, onRefusal }: VoteButtonsProps) {
  const { t } = useTranslation();
  const [, castVotes] = useMutation(CastVotesMutation);
  const mine = myDotsOn(table, card.id);
  const cast = async (dots: number) => {
    const result = await castVotes({ positionId: card.id, dots });
    if (result.error) onRefusal(result.error);
  };
  return (
    <span className={styles.votes}>
      {controls.addDot && (
        <button
          type="button"
          className={styles.dot}
          aria-label={t('board.addDot', { text: card.text })}
          onClick={() => cast(mine + 1)}
        >
          +
        </button>
      )}
      <span className={styles.mine}>{t('board.myDots', { count: mine })}</span>
      <button
        type="button"
        className={styles.dot}
        aria-label={t('board.removeDot', { text: card.text })}
        disabled={!controls.removeDot || mine === 0}
        onClick={() => cast(mine - 1)}
      >
        −
      </button>
    </span>
  );
}
