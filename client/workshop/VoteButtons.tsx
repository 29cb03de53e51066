import { useTranslation } from 'react-i18next';
import { type CombinedError, useMutation } from 'urql';
import { CastVotesMutation } from './board.operations';
import { type BoardCard, type BoardTable, myDotsOn } from './board-model';
import styles from './Card.module.css';

interface VoteButtonsProps {
  table: BoardTable;
  card: BoardCard;
  onRefusal: (error: CombinedError) => void;
}

/**
 * The viewer's dots on a card: one more, one fewer; shown at once, taken back if refused. More
 * than the budget can be asked for: the server says no, and the message tells why.
 */
export function VoteButtons({ table, card, onRefusal }: VoteButtonsProps) {
  const { t } = useTranslation();
  const [, castVotes] = useMutation(CastVotesMutation);
  const mine = myDotsOn(table, card.id);
  const locked = table.locked;
  const cast = async (dots: number) => {
    const result = await castVotes({ positionId: card.id, dots });
    if (result.error) onRefusal(result.error);
  };
  return (
    <span className={styles.votes}>
      <button
        type="button"
        className={styles.dot}
        aria-label={t('board.addDot', { text: card.text })}
        disabled={locked}
        onClick={() => cast(mine + 1)}
      >
        +
      </button>
      <span className={styles.mine}>{t('board.myDots', { count: mine })}</span>
      <button
        type="button"
        className={styles.dot}
        aria-label={t('board.removeDot', { text: card.text })}
        disabled={locked || mine === 0}
        onClick={() => cast(mine - 1)}
      >
        −
      </button>
    </span>
  );
}
