import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import forms from '../ui/forms.module.css';
import { CalendarFeeds } from './CalendarFeeds';
import styles from './CalendarToggle.module.css';

/** A body's calendar feeds behind a button, so a long list of bodies loads them only on request. */
export function CalendarToggle({
  ownerId,
  ownerName,
  headingLevel,
}: {
  ownerId: string;
  ownerName: string;
  headingLevel: number;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  return (
    <div className={styles.toggle}>
      <button
        type="button"
        className={forms.secondary}
        aria-expanded={open}
        aria-controls={id}
        aria-label={t('calendar.toggleOf', { name: ownerName })}
        onClick={() => setOpen(!open)}
      >
        {t('calendar.toggle')}
      </button>
      <div id={id} className={styles.panel} hidden={!open}>
        {open && <CalendarFeeds ownerId={ownerId} ownerName={ownerName} headingLevel={headingLevel} />}
      </div>
    </div>
  );
}
