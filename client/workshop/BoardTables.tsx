import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import styles from './Board.module.css';
import type { BoardMeeting } from './board-model';
import { TableColumn } from './TableColumn';
import { useNarrow } from './use-narrow';

const STEP: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

/** The tables side by side, or on a phone one at a time behind tabs (arrow keys move between them). */
export function BoardTables({ meeting }: { meeting: BoardMeeting }) {
  const { t } = useTranslation();
  const narrow = useNarrow();
  const id = useId();
  const tables = meeting.workingTables;
  const mine = meeting.workshop.me?.tableId;
  const [chosen, setChosen] = useState<string | undefined>(mine ?? undefined);
  const tabs = useRef(new Map<string, HTMLButtonElement>());

  // Everyone looks at the card in the spotlight, on a phone too.
  const spotlight = meeting.workshop.spotlight?.id;
  const spotlightTable = tables.find((table) => table.positions.some((position) => position.id === spotlight))?.id;
  useEffect(() => {
    if (spotlightTable) setChosen(spotlightTable);
  }, [spotlightTable]);

  if (tables.length === 0) return <p>{t('meeting.noTables')}</p>;
  if (!narrow) {
    return (
      <div className={styles.columns}>
        {tables.map((table) => (
          <TableColumn key={table.id} meeting={meeting} table={table} />
        ))}
      </div>
    );
  }

  const selected = tables.find((table) => table.id === chosen) ?? tables[0];
  const select = (index: number) => {
    const table = tables[(index + tables.length) % tables.length];
    if (!table) return;
    setChosen(table.id);
    tabs.current.get(table.id)?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const index = tables.findIndex((table) => table.id === selected?.id);
    const step = STEP[event.key];
    if (step) select(index + step);
    else if (event.key === 'Home') select(0);
    else if (event.key === 'End') select(tables.length - 1);
    else return;
    event.preventDefault();
  };
  return (
    <>
      <div role="tablist" aria-label={t('meeting.tables')} className={styles.tabs} onKeyDown={onKeyDown}>
        {tables.map((table) => {
          const active = table.id === selected?.id;
          return (
            <button
              key={table.id}
              ref={(node) => {
                if (node) tabs.current.set(table.id, node);
                else tabs.current.delete(table.id);
              }}
              type="button"
              role="tab"
              id={`${id}-tab-${table.id}`}
              aria-selected={active}
              aria-controls={`${id}-panel`}
              tabIndex={active ? 0 : -1}
              className={styles.tab}
              onClick={() => setChosen(table.id)}
            >
              {table.title}
            </button>
          );
        })}
      </div>
      {selected && (
        <div role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-tab-${selected.id}`} className={styles.panel}>
          <TableColumn meeting={meeting} table={selected} />
        </div>
      )}
    </>
  );
}
