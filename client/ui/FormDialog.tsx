import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import styles from './FormDialog.module.css';
import forms from './forms.module.css';

interface FormDialogProps {
  /** The opening button's text. */
  label: string;
  /** A fuller name for screen readers where several such buttons stand side by side. */
  accessibleLabel?: string;
  title: string;
  tone?: 'button' | 'secondary' | 'danger';
  /** The form; `close` ends the dialog (after saving, or to cancel). Made anew at every opening. */
  children: (close: () => void) => ReactNode;
}

/**
 * A button that opens a form in a modal dialog (the browser's `<dialog>`: focus stays inside,
 * Escape closes it). The form is made only while the dialog is open, so each opening starts
 * from the stored values.
 */
export function FormDialog({ label, accessibleLabel, title, tone = 'button', children }: FormDialogProps) {
  const { t } = useTranslation();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);

  useEffect(() => {
    if (open && !dialog.current?.open) dialog.current?.showModal();
  }, [open]);

  const close = () => dialog.current?.close();
  return (
    <>
      <button
        type="button"
        className={forms[tone]}
        aria-label={accessibleLabel}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        {label}
      </button>
      {open && (
        <dialog ref={dialog} className={styles.dialog} aria-labelledby={`${id}-title`} onClose={() => setOpen(false)}>
          <div className={styles.header}>
            <h2 id={`${id}-title`} className={styles.title}>
              {title}
            </h2>
            <button type="button" className={styles.close} onClick={close} aria-label={t('common.closeDialog')}>
              <span aria-hidden="true">×</span>
            </button>
          </div>
          {children(close)}
        </dialog>
      )}
    </>
  );
}
