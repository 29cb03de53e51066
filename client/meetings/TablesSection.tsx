import { useTranslation } from 'react-i18next';
import styles from './MeetingPage.module.css';
import type { Meeting } from './meeting';
import { TablesEditor } from './TablesEditor';
import { WorkingTables } from './WorkingTables';

/** The working tables with their cards; facilitators set the tables up here before the workshop. */
export function TablesSection({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="tables" className={styles.section}>
      <h2 id="tables">{t('meeting.tables')}</h2>
      {meeting.viewerCan.manage && <TablesEditor meeting={meeting} />}
      <WorkingTables tables={meeting.workingTables} />
    </section>
  );
}
