import { useTranslation } from 'react-i18next';
import styles from './MeetingPage.module.css';
import type { Meeting } from './meeting';
import { WorkingTables } from './WorkingTables';

export function TablesSection({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="tables" className={styles.section}>
      <h2 id="tables">{t('meeting.tables')}</h2>
      <WorkingTables tables={meeting.workingTables} />
    </section>
  );
}
