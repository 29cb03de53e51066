import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import styles from './Board.module.css';
import { RestorePositionMutation } from './board.operations';

/** How long the board offers to undo a deletion; the server keeps the card restorable a good while longer. */
export const UNDO_MS = 8_000;

type Offer = (positionId: string) => void;

const CardUndoContext = createContext<Offer>(() => {});

/** Offers "Rückgängig" after a card was deleted on this screen. */
export const useOfferUndo = () => useContext(CardUndoContext);

/** Holds the one card that may be brought back, and the toast that offers it for a few seconds. */
export function CardUndoProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [deleted, setDeleted] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const [restoring, restore] = useMutation(RestorePositionMutation);
  const offer = useCallback<Offer>((positionId) => {
    setFailed(false);
    setDeleted(positionId);
  }, []);

  useEffect(() => {
    if (!deleted) return;
    const timer = setTimeout(() => setDeleted(null), UNDO_MS);
    return () => clearTimeout(timer);
  }, [deleted]);

  const undo = async () => {
    if (!deleted) return;
    const { error } = await restore({ id: deleted });
    setFailed(Boolean(error));
    if (!error) setDeleted(null);
  };

  return (
    <CardUndoContext value={offer}>
      {children}
      <div role="status" className={styles.toastArea}>
        {deleted && (
          <div className={styles.toast}>
            <span>{failed ? t('board.undoFailed') : t('board.cardDeleted')}</span>
            {!failed && (
              <button type="button" className={styles.small} disabled={restoring.fetching} onClick={() => void undo()}>
                {t('board.undo')}
              </button>
            )}
          </div>
        )}
      </div>
    </CardUndoContext>
  );
}
