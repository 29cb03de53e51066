import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { NewTaskButton } from '../tasks/NewTaskButton';
import styles from './MeetingPage.module.css';
import type { Meeting } from './meeting';

export function NextStepsSection({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="next-steps" className={styles.section}>
      <h2 id="next-steps">{t('meeting.nextSteps')}</h2>
      <NewTaskButton meetingId={meeting.id} />
      {meeting.tasks.length === 0 ? (
        <p>{t('meeting.noNextSteps')}</p>
      ) : (
        <p>
          <Link to={`/tasks?view=all&meeting=${encodeURIComponent(meeting.id)}`}>
            {t('meeting.nextStepsLink', { count: meeting.tasks.length })}
          </Link>
        </p>
      )}
    </section>
  );
}
