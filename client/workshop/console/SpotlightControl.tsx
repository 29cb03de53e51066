import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import forms from '../../ui/forms.module.css';
import styles from './Console.module.css';
import { SetSpotlightMutation } from './console.operations';
import { useRefusal } from './use-refusal';

interface Table {
  id: string;
  title: string;
  positions: readonly { id: string; text: string }[];
}

/** Shows one position on everyone's board, picked from the tables, or none. */
export function SpotlightControl({
  meetingId,
  spotlight,
  tables,
}: {
  meetingId: string;
  spotlight: { id: string; text: string } | null | undefined;
  tables: readonly Table[];
}) {
  const { t } = useTranslation();
  const id = useId();
  const [chosen, setChosen] = useState('');
  const [{ fetching }, setSpotlight] = useMutation(SetSpotlightMutation);
  const { run, notice } = useRefusal();
  return (
    <section aria-labelledby={`${id}-title`} className={styles.panel}>
      <h2 id={`${id}-title`}>{t('console.spotlight.title')}</h2>
      {notice}
      {spotlight ? (
        <>
          <blockquote className={styles.spotlight}>{spotlight.text}</blockquote>
          <button
            type="button"
            className={forms.secondary}
            disabled={fetching}
            onClick={() => void run(setSpotlight({ meetingId, positionId: null }))}
          >
            {t('console.spotlight.clear')}
          </button>
        </>
      ) : (
        <p className={styles.muted}>{t('console.spotlight.none')}</p>
      )}
      <form
        className={styles.stack}
        onSubmit={(event) => {
          event.preventDefault();
          if (chosen) void run(setSpotlight({ meetingId, positionId: chosen }));
        }}
      >
        <label className={forms.field}>
          {t('console.spotlight.choose')}
          <select className={forms.select} value={chosen} required onChange={(event) => setChosen(event.target.value)}>
            <option value="">{t('console.spotlight.placeholder')}</option>
            {tables.map((table) => (
              <optgroup key={table.id} label={table.title}>
                {table.positions.map((position) => (
                  <option key={position.id} value={position.id}>
                    {position.text}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </label>
        <button type="submit" className={forms.button} disabled={fetching || !chosen}>
          {t('console.spotlight.show')}
        </button>
      </form>
    </section>
  );
}
