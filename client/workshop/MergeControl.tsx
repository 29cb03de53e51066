import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardCard } from './board-model';
import styles from './Card.module.css';

interface MergeControlProps {
  card: BoardCard;
  others: BoardCard[];
  onMerge: (positionId: string) => void;
}

/** Grouping without a mouse: pick the duplicate that belongs under this card. */
export function MergeControl({ card, others, onMerge }: MergeControlProps) {
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [chosen, setChosen] = useState('');
  if (!open) {
    return (
      <button
        type="button"
        className={styles.action}
        aria-expanded={false}
        aria-label={t('board.groupCard', { text: card.text })}
        onClick={() => setOpen(true)}
      >
        {t('board.group')}
      </button>
    );
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (chosen) onMerge(chosen);
    setOpen(false);
  };
  return (
    <form className={styles.merge} onSubmit={submit}>
      <label htmlFor={id}>{t('board.mergeInto', { text: card.text })}</label>
      <select id={id} value={chosen} onChange={(event) => setChosen(event.target.value)}>
        <option value="">{t('board.chooseDuplicate')}</option>
        {others.map((other) => (
          <option key={other.id} value={other.id}>
            {other.text}
          </option>
        ))}
      </select>
      <button type="submit" className={styles.action} disabled={!chosen}>
        {t('board.merge')}
      </button>
      <button type="button" className={styles.action} onClick={() => setOpen(false)}>
        {t('common.cancel')}
      </button>
    </form>
  );
}
