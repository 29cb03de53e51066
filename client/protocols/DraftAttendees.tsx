import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import forms from '../ui/forms.module.css';
import styles from './DraftReview.module.css';
import { attendeesFromText, attendeesText, type DraftAttendee } from './import-draft';

/**
 * The attendance list as read, one person a line, to correct as text. The text is kept as
 * typed; the list is what it reads as.
 */
export function DraftAttendees({
  attendees,
  onChange,
}: {
  attendees: readonly DraftAttendee[];
  onChange: (attendees: DraftAttendee[]) => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(() => attendeesText(attendees));
  return (
    <section aria-labelledby="draft-attendees" className={styles.part}>
      <h3 id="draft-attendees">
        {t('protocolImport.attendees')}{' '}
        <span className={styles.note}>{t('protocolImport.attendeesCount', { count: attendees.length })}</span>
      </h3>
      <p id="draft-attendees-hint" className={styles.hint}>
        {t('protocolImport.attendeesHint')}
      </p>
      <textarea
        className={forms.input}
        aria-label={t('protocolImport.attendees')}
        aria-describedby="draft-attendees-hint"
        rows={Math.min(10, Math.max(3, attendees.length + 1))}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          onChange(attendeesFromText(event.target.value));
        }}
      />
    </section>
  );
}
