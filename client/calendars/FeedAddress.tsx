import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import forms from '../ui/forms.module.css';
import styles from './FeedAddress.module.css';

/**
 * A feed's secret address, shown this once, with a copy button. Without clipboard access (an
 * insecure origin, a refused permission) the address is selected for copying by hand.
 */
export function FeedAddress({ path, onDismiss }: { path: string; onDismiss: () => void }) {
  const { t } = useTranslation();
  const field = useRef<HTMLInputElement>(null);
  const url = new URL(path, window.location.origin).toString();
  const [copied, setCopied] = useState<boolean | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      field.current?.select();
      setCopied(false);
    }
  };
  return (
    <div className={styles.address}>
      <p className={styles.once}>{t('calendar.onlyOnce')}</p>
      <div className={styles.row}>
        <label className={`${forms.field} ${styles.field}`}>
          {t('calendar.address')}
          <input ref={field} className={forms.input} readOnly value={url} onFocus={(event) => event.target.select()} />
        </label>
        <button type="button" className={forms.button} onClick={() => void copy()}>
          {t('calendar.copy')}
        </button>
        <button type="button" className={forms.secondary} onClick={onDismiss}>
          {t('calendar.hideAddress')}
        </button>
      </div>
      <p role="status" className={styles.copied}>
        {copied !== null && t(copied ? 'calendar.copied' : 'calendar.copyByHand')}
      </p>
    </div>
  );
}
