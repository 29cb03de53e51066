import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CombinedError, useMutation } from 'urql';
import styles from './Board.module.css';
import { CreatePositionMutation } from './board.operations';
import type { BoardTable } from './board-model';

/** Writes a new card on the table; it shows at once and stays once the server stored it. */
export function AddCard({ table, onRefusal }: { table: BoardTable; onRefusal: (error: CombinedError) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const [, createPosition] = useMutation(CreatePositionMutation);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const written = text.trim();
    if (!written) return;
    setText('');
    const result = await createPosition({ tableId: table.id, text: written });
    if (result.error) {
      setText(written);
      onRefusal(result.error);
    }
  };
  return (
    <form className={styles.addCard} onSubmit={submit}>
      <label htmlFor={id}>{t('board.newCard', { table: table.title })}</label>
      <textarea
        id={id}
        rows={2}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && !event.shiftKey) submit(event);
        }}
      />
      <button type="submit" className={styles.small} disabled={!text.trim()}>
        {t('board.addCard')}
      </button>
    </form>
  );
}
