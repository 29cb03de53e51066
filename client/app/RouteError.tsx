import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';
import { Notice } from '../ui/Notice';
import styles from './RouteError.module.css';

/** Shown when a page cannot even load (e.g. its code after a deploy); reloading fetches the new one. */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  useEffect(() => console.error(error), [error]);
  return (
    <main id="main" className={styles.page}>
      <Notice tone="error">{t('errors.INTERNAL_SERVER_ERROR')}</Notice>
      <button type="button" onClick={() => window.location.reload()}>
        {t('common.retry')}
      </button>
    </main>
  );
}
