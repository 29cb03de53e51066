import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { LIMITS } from '../../../schema/limits';
import forms from '../../ui/forms.module.css';
import { Notice } from '../../ui/Notice';
import { ConfirmTopFiveMutation, type TopFiveProposal } from './console.operations';
import styles from './TopFiveEditor.module.css';
import { addToOrder, moveInOrder, removeFromOrder, tiedOutside } from './top-five-order';
import { useRefusal } from './use-refusal';

interface TopFiveEditorProps {
  tableId: string;
  tableTitle: string;
  /** Where the facilitator starts from (see initialTopFive). */
  initial: readonly string[];
  proposal: TopFiveProposal;
  texts: ReadonlyMap<string, string>;
  prioritising: boolean;
}

/**
 * The table's five most important points: the server's proposal by dots, with its ties named,
 * put in order with up/down buttons (keyboard and screen reader alike) and confirmed as ranks 1–5.
 */
export function TopFiveEditor({ tableId, tableTitle, initial, proposal, texts, prioritising }: TopFiveEditorProps) {
  const { t } = useTranslation();
  const [order, setOrder] = useState<string[]>(() => [...initial]);
  const [confirmed, setConfirmed] = useState(false);
  // Start afresh when the server's ranks or proposal change, unless they now say what is shown
  // (as right after confirming it).
  const [base, setBase] = useState(initial.join());
  if (base !== initial.join()) {
    setBase(initial.join());
    if (initial.join() !== order.join()) {
      setOrder([...initial]);
      setConfirmed(false);
    }
  }
  const [{ fetching }, confirm] = useMutation(ConfirmTopFiveMutation);
  const { run, notice } = useRefusal();
  const dots = new Map(proposal?.proposed.map((placed) => [placed.positionId, placed.dots]));
  const text = (positionId: string) => texts.get(positionId) ?? positionId;
  // The moved entry keeps the keyboard focus: on the same button, or the other once it reached an end.
  const moveButtons = useRef(new Map<string, HTMLButtonElement>());
  const [moved, setMoved] = useState<{ positionId: string; step: 1 | -1 } | null>(null);
  useEffect(() => {
    if (!moved) return;
    const same = moveButtons.current.get(`${moved.positionId}:${moved.step}`);
    (same && !same.disabled ? same : moveButtons.current.get(`${moved.positionId}:${-moved.step}`))?.focus();
    setMoved(null);
  }, [moved]);
  const moveButton = (positionId: string, step: 1 | -1) => (element: HTMLButtonElement | null) => {
    if (element) moveButtons.current.set(`${positionId}:${step}`, element);
    else moveButtons.current.delete(`${positionId}:${step}`);
  };
  const change = (next: string[]) => {
    setOrder(next);
    setConfirmed(false);
  };
  const move = (index: number, step: 1 | -1) => {
    const positionId = order[index];
    if (!positionId) return;
    change(moveInOrder(order, index, step));
    setMoved({ positionId, step });
  };
  const outside = tiedOutside(order, proposal);
  const proposed = proposal?.proposed.map((placed) => placed.positionId) ?? [];
  const differsFromProposal = proposed.length > 0 && proposed.join() !== order.join();
  return (
    <div className={styles.editor}>
      <h4 className={styles.title}>{t('console.topFive.title')}</h4>
      {notice}
      {confirmed && <Notice tone="success">{t('console.topFive.confirmed', { count: order.length })}</Notice>}
      {order.length === 0 ? (
        <p className={styles.hint}>{t(proposal ? 'console.topFive.noVotes' : 'console.topFive.hidden')}</p>
      ) : (
        <ol className={styles.order} aria-label={t('console.topFive.order', { table: tableTitle })}>
          {order.map((positionId, index) => (
            <li key={positionId} className={styles.entry}>
              <span className={styles.place} aria-hidden="true">
                {index + 1}
              </span>
              <span className={styles.text}>
                {text(positionId)}
                {dots.has(positionId) && (
                  <span className={styles.dots}>{t('console.topFive.dots', { count: dots.get(positionId) })}</span>
                )}
              </span>
              <span className={styles.buttons}>
                <button
                  type="button"
                  className={styles.move}
                  ref={moveButton(positionId, -1)}
                  disabled={index === 0}
                  aria-label={t('console.topFive.up', { text: text(positionId) })}
                  onClick={() => move(index, -1)}
                >
                  <span aria-hidden="true">↑</span>
                </button>
                <button
                  type="button"
                  className={styles.move}
                  ref={moveButton(positionId, 1)}
                  disabled={index === order.length - 1}
                  aria-label={t('console.topFive.down', { text: text(positionId) })}
                  onClick={() => move(index, 1)}
                >
                  <span aria-hidden="true">↓</span>
                </button>
                <button
                  type="button"
                  className={styles.move}
                  aria-label={t('console.topFive.remove', { text: text(positionId) })}
                  onClick={() => change(removeFromOrder(order, positionId))}
                >
                  <span aria-hidden="true">×</span>
                </button>
              </span>
            </li>
          ))}
        </ol>
      )}
      {proposal && proposal.ties.length > 0 && (
        <ul className={styles.ties}>
          {proposal.ties.map((tie) => (
            <li key={tie.place}>
              {t(tie.atCutoff ? 'console.topFive.tieAtCutoff' : 'console.topFive.tie', {
                place: tie.place,
                count: tie.dots,
                texts: tie.positionIds.map(text).join(' · '),
              })}
            </li>
          ))}
        </ul>
      )}
      {outside.length > 0 && (
        <ul className={styles.candidates}>
          {outside.map((positionId) => (
            <li key={positionId}>
              <span>{text(positionId)}</span>
              <button
                type="button"
                className={forms.secondary}
                disabled={order.length >= LIMITS.topRanks}
                onClick={() => change(addToOrder(order, positionId))}
              >
                {t('console.topFive.add')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {differsFromProposal && (
        <button type="button" className={forms.secondary} onClick={() => change(proposed)}>
          {t('console.topFive.takeProposal')}
        </button>
      )}
      {order.length > 0 && (
        <>
          {!prioritising && <p className={styles.hint}>{t('console.topFive.onlyWhilePrioritising')}</p>}
          <button
            type="button"
            className={forms.button}
            disabled={fetching}
            onClick={async () => setConfirmed(await run(confirm({ tableId, positionIds: order })))}
          >
            {t('console.topFive.confirm')}
          </button>
        </>
      )}
    </div>
  );
}
