import type { FormEvent, ReactNode } from 'react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { ErrorNotice } from '../ui/ErrorNotice';
import forms from '../ui/forms.module.css';
import styles from './MeetingForms.module.css';

/** What every form in a panel of meeting planning takes from the place that shows it. */
export interface PanelFormProps<Value> {
  heading: string;
  initial: Value;
  refusal: CombinedError | null;
  busy: boolean;
  /** Resolves true when the server took the input. */
  onSubmit: (value: Value) => Promise<boolean>;
  onCancel?: () => void;
}

/**
 * The shell of those forms (tables, agenda items, templates): a titled panel, the server's refusal,
 * the fields, then submit and, where the form edits something already there, cancel.
 */
export function PanelForm({
  heading,
  headingLevel = 3,
  refusal,
  busy,
  submitLabel,
  noValidate,
  onSubmit,
  onCancel,
  children,
}: {
  heading: string;
  headingLevel?: 2 | 3;
  refusal: CombinedError | null;
  busy: boolean;
  submitLabel: string;
  /** For forms that check their input themselves and name the field at fault. */
  noValidate?: boolean;
  onSubmit: () => void;
  onCancel?: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const id = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };

  return (
    <form className={styles.panel} aria-labelledby={`${id}-title`} onSubmit={submit} noValidate={noValidate}>
      <Heading id={`${id}-title`}>{heading}</Heading>
      {refusal && <ErrorNotice error={refusal} />}
      {children}
      <div className={styles.actions}>
        <button type="submit" className={forms.button} disabled={busy}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className={forms.secondary} onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
