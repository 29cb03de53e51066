import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CombinedError, useMutation } from 'urql';
import { useRefusalMessage } from '../auth/refusal';
import { Notice } from '../ui/Notice';
import { AddCard } from './AddCard';
import styles from './Board.module.css';
import { ChooseTableMutation } from './board.operations';
import { type BoardMeeting, type BoardTable, cardGroups, presentAt, tableControls, visibleCards } from './board-model';
import { CardGroupView } from './CardGroupView';
import { Presence } from './Presence';
import { BOARD_REFUSALS } from './refusals';

/** One working table: who sits there, its cards, a new card, the viewer's remaining dots. */
export function TableColumn({ meeting, table }: { meeting: BoardMeeting; table: BoardTable }) {
  const { t } = useTranslation();
  const refusalMessage = useRefusalMessage(BOARD_REFUSALS);
  const [refusal, setRefusal] = useState<CombinedError | null>(null);
  const [choosing, chooseTable] = useMutation(ChooseTableMutation);
  const headingId = `table-${table.id}`;
  const controls = tableControls(meeting, table);
  const { remaining } = controls;
  const seated = meeting.workshop.me?.tableId === table.id;
  const cards = visibleCards(meeting, table.positions);
  const groups = cardGroups(cards);
  const sit = async () => setRefusal((await chooseTable({ meetingId: meeting.id, tableId: table.id })).error ?? null);

  return (
    <section aria-labelledby={headingId} className={styles.table}>
      <header className={styles.tableHeader}>
        <h2 id={headingId}>{table.title}</h2>
        <p className={styles.count}>{t('meeting.points', { count: cards.length })}</p>
      </header>
      <div className={styles.tableMeta}>
        <Presence people={presentAt(meeting.workshop.participants, table.id)} />
        {controls.sit &&
          (seated ? (
            <p className={styles.seated}>{t('board.seated')}</p>
          ) : (
            <button type="button" className={styles.small} disabled={choosing.fetching} onClick={sit}>
              {t('board.sitHere')}
            </button>
          ))}
      </div>
      {table.locked && <p className={styles.locked}>{t('board.locked')}</p>}
      {remaining !== null && (
        <p role="status" className={styles.remaining}>
          {t('board.remaining', { count: remaining })}
        </p>
      )}
      {refusal && (
        <Notice tone="error" onDismiss={() => setRefusal(null)}>
          {refusalMessage(refusal)}
        </Notice>
      )}
      {groups.length === 0 ? (
        <p className={styles.empty}>{t('meeting.noPositions')}</p>
      ) : (
        <ul className={styles.cards} aria-label={t('board.cardsOf', { table: table.title })}>
          {groups.map((group) => (
            <CardGroupView
              key={group.head.id}
              meeting={meeting}
              table={table}
              group={group}
              others={groups.filter((other) => other !== group).map((other) => other.head)}
              onRefusal={setRefusal}
            />
          ))}
        </ul>
      )}
      {controls.write && <AddCard table={table} onRefusal={setRefusal} />}
    </section>
  );
}
