import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import styles from './Notice.module.css';

interface NoticeProps {
  tone: 'error' | 'success' | 'info';
  children: ReactNode;
  onDismiss?: () => void;
}

/** A message in the page: errors are announced at once (alert), everything else politely (status). */
export function Notice({ tone, children, onDismiss }: NoticeProps) {
  const { t } = useTranslation();
  return (
    <div role={tone === 'error' ? 'alert' : 'status'} className={`${styles.notice} ${styles[tone]}`}>
      <div className={styles.text}>{children}</div>
      {onDismiss && (
        <button type="button" className={styles.dismiss} onClick={onDismiss} aria-label={t('common.dismiss')}>
          <span aria-hidden="true">×</span>
        </button>
      )}
    </div>
  );
}
