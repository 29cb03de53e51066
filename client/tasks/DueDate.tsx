import { useTranslation } from 'react-i18next';
import { formatDay } from '../i18n/format';
import { useLocale } from '../i18n/use-locale';
import styles from './DueDate.module.css';

export interface Due {
  dueLabel: string | null;
  dueDate: string | null;
  overdue?: boolean;
  daysOverdue?: number | null;
}

/** "Ostern 2013 · 31.03.2013": the deadline as people wrote it, and the day it resolved to. */
export function DueDate({ due }: { due: Due }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const day = due.dueDate ? formatDay(due.dueDate, locale) : null;
  const resolved = due.dueDate ? <time dateTime={due.dueDate}>{day}</time> : null;
  return (
    <>
      <span className={styles.due}>
        {/* A label that is the date itself ("14.04.2013") is said once. */}
        {due.dueLabel && resolved && due.dueLabel !== day ? (
          <>
            {due.dueLabel} · {resolved}
          </>
        ) : (
          (resolved ?? due.dueLabel ?? t('tasks.noDue'))
        )}
      </span>
      {due.overdue && due.daysOverdue !== null && due.daysOverdue !== undefined && (
        <span className={styles.overdue}>{t('tasks.overdueBy', { count: due.daysOverdue })}</span>
      )}
    </>
  );
}
