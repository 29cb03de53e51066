import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import forms from '../ui/forms.module.css';
import { Notice } from '../ui/Notice';
import styles from './AuthPage.module.css';

interface EntryPageProps {
  title: string;
  lead: ReactNode;
  /** The form's fields; the page adds the refusal above them and the submit button below. */
  children: ReactNode;
  submit: string;
  busy: boolean;
  /** Why the server refused the last attempt, in the words of the page. */
  refusal: string | null;
  onSubmit: (fields: FormData) => void;
  /** The other way in, below the form. */
  footer?: ReactNode;
}

/** The frame of the pages where people get a session: signing in, joining, accepting an invitation. */
export function EntryPage({ title, lead, children, submit, busy, refusal, onSubmit, footer }: EntryPageProps) {
  const { t } = useTranslation();
  return (
    <div className={styles.page}>
      <title>{`${title} – ${t('app.name')}`}</title>
      <h1>{title}</h1>
      {lead}
      <form
        className={styles.form}
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit(new FormData(event.currentTarget));
        }}
      >
        {refusal && <Notice tone="error">{refusal}</Notice>}
        {children}
        <button type="submit" className={forms.button} disabled={busy}>
          {submit}
        </button>
      </form>
      {footer && <p className={styles.other}>{footer}</p>}
    </div>
  );
}
