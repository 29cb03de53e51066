import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import type { BoardCard, BoardMeeting, BoardTable, CardGroup } from './board-model';
import styles from './Card.module.css';
import { PositionCard } from './PositionCard';

interface CardGroupViewProps {
  meeting: BoardMeeting;
  table: BoardTable;
  group: CardGroup;
  /** The other cards of the table, which this one may be grouped with. */
  others: BoardCard[];
  onRefusal: (error: CombinedError) => void;
}

/** A card with the duplicates merged into it listed beneath. */
export function CardGroupView({ meeting, table, group, others, onRefusal }: CardGroupViewProps) {
  const { t } = useTranslation();
  return (
    <li className={group.members.length > 0 ? styles.group : styles.single}>
      <PositionCard meeting={meeting} table={table} card={group.head} others={others} onRefusal={onRefusal} />
      {group.members.length > 0 && (
        <ul className={styles.members} aria-label={t('board.groupMembers', { count: group.members.length })}>
          {group.members.map((member) => (
            <li key={member.id}>
              <PositionCard
                meeting={meeting}
                table={table}
                card={member}
                groupedIn={group.head}
                onRefusal={onRefusal}
              />
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
