import { useTranslation } from 'react-i18next';
import styles from './WorkingTables.module.css';

interface Table {
  id: string;
  title: string;
  positions: { id: string; text: string; rank?: number | null; hidden?: boolean }[];
}

/** The working tables and their points, read-only (hidden ones, which only facilitators get, marked); the board edits them live. */
export function WorkingTables({ tables }: { tables: readonly Table[] }) {
  const { t } = useTranslation();
  if (tables.length === 0) return <p>{t('meeting.noTables')}</p>;
  return (
    <>
      {tables.some((table) => table.positions.some((position) => position.rank)) && (
        <p className={styles.intro}>{t('meeting.tablesIntro')}</p>
      )}
      <div className={styles.tables}>
        {tables.map((table) => (
          <section key={table.id} aria-labelledby={`table-${table.id}`} className={styles.table}>
            <header className={styles.tableHeader}>
              <h3 id={`table-${table.id}`}>{table.title}</h3>
              <p className={styles.count}>{t('meeting.points', { count: table.positions.length })}</p>
            </header>
            {table.positions.length === 0 ? (
              <p>{t('meeting.noPositions')}</p>
            ) : (
              <ul className={styles.positions}>
                {table.positions.map((position) => (
                  <li key={position.id} className={position.rank ? styles.ranked : undefined}>
                    {position.rank && <span className={styles.rank}>{t('meeting.rank', { rank: position.rank })}</span>}
                    {position.hidden && <span className={styles.hiddenTag}>{t('board.hiddenTag')}</span>}
                    {position.text}
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))}
      </div>
    </>
  );
}
