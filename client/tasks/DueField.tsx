import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../schema/limits';
import { formatDay } from '../i18n/format';
import { useLocale } from '../i18n/use-locale';
import forms from '../ui/forms.module.css';
import styles from './DueField.module.css';
import { previewDue } from './due-preview';

interface DueFieldProps {
  label: string;
  day: string;
  acceptNoDay: boolean;
  onChange: (change: { label?: string; day?: string; acceptNoDay?: boolean }) => void;
  invalid: boolean;
  describedBy?: string;
}

/**
 * "Bis wann" as people say it, with the day it resolves to shown while typing ("Ende Januar
 * 2027 → 31.01.2027"). A label that names no day says that then no reminder or calendar entry
 * can follow, and offers a day beside it; without one it must be confirmed.
 */
export function DueField({ label, day, acceptNoDay, onChange, invalid, describedBy }: DueFieldProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const id = useId();
  const preview = previewDue(label);
  return (
    <div className={forms.stack}>
      <label className={forms.field}>
        {t('taskEditor.due')}
        <input
          className={forms.input}
          maxLength={LIMITS.dueLabel}
          value={label}
          aria-describedby={`${id}-preview`}
          onChange={(event) => onChange({ label: event.target.value, acceptNoDay: false })}
        />
      </label>
      <p id={`${id}-preview`} className={styles.preview} aria-live="polite">
        {preview.kind === 'resolved' && (
          <>
            {t('taskEditor.resolvesTo', { label: label.trim() })}{' '}
            <time dateTime={preview.day} className={styles.day}>
              {formatDay(preview.day, locale)}
            </time>
          </>
        )}
        {preview.kind === 'none' && t('taskEditor.dueHint')}
        {preview.kind === 'unresolved' && t('taskEditor.unresolved', { label: label.trim() })}
      </p>
      {preview.kind === 'unresolved' && (
        <div className={styles.noDay}>
          <label className={forms.field}>
            {t('taskEditor.day')}
            <input
              className={forms.input}
              type="date"
              value={day}
              onChange={(event) => onChange({ day: event.target.value })}
            />
          </label>
          {!day && (
            <label className={forms.checkbox}>
              <input
                type="checkbox"
                checked={acceptNoDay}
                aria-invalid={invalid || undefined}
                aria-describedby={describedBy}
                onChange={(event) => onChange({ acceptNoDay: event.target.checked })}
              />
              {t('taskEditor.acceptNoDay')}
            </label>
          )}
        </div>
      )}
    </div>
  );
}
