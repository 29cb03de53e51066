import { useTranslation } from 'react-i18next';
import { useConnectionStatus } from '../api/connection-context';
import styles from './ConnectionIndicator.module.css';

/** Tells, politely and without taking focus, whether changes by others can reach this page. */
export function ConnectionIndicator() {
  const { t } = useTranslation();
  const status = useConnectionStatus();
  return (
    <p
      role="status"
      className={`${styles.indicator} ${styles[status]}`}
      data-status={status}
      title={t(`connection.${status}Hint`)}
    >
      <span className={styles.dot} aria-hidden="true" />
      {t(`connection.${status}`)}
      <span className="visually-hidden">. {t(`connection.${status}Hint`)}</span>
    </p>
  );
}
