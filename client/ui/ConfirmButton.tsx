import { type ReactNode, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import styles from './ConfirmButton.module.css';
import forms from './forms.module.css';

interface ConfirmButtonProps {
  /** The button's text; also the confirming button's unless `confirmLabel` is given. */
  label: string;
  /** A fuller name for screen readers where several such buttons stand side by side. */
  accessibleLabel?: string;
  title: string;
  message: ReactNode;
  confirmLabel?: string;
  tone?: 'button' | 'secondary' | 'danger';
  disabled?: boolean;
  onConfirm: () => void;
}

/**
 * A button for a step that cannot be undone: it asks first in a modal dialog (the browser's
 * `<dialog>`, which keeps focus inside and closes on Escape) and acts only when confirmed.
 */
export function ConfirmButton({
  label,
  accessibleLabel,
  title,
  message,
  confirmLabel,
  tone = 'button',
  disabled,
  onConfirm,
}: ConfirmButtonProps) {
  const { t } = useTranslation();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  return (
    <>
      <button
        type="button"
        className={forms[tone]}
        aria-label={accessibleLabel}
        aria-haspopup="dialog"
        disabled={disabled}
        onClick={() => dialog.current?.showModal()}
      >
        {label}
      </button>
      <dialog ref={dialog} className={styles.dialog} aria-labelledby={`${id}-title`} aria-describedby={`${id}-text`}>
        <form method="dialog">
          <h2 id={`${id}-title`} className={styles.title}>
            {title}
          </h2>
          <div id={`${id}-text`} className={styles.text}>
            {message}
          </div>
          <div className={styles.actions}>
            {/* Focused first, so a hasty Enter does not confirm. */}
            {/* biome-ignore lint/a11y/noAutofocus: the dialog must focus one of its buttons; the harmless one. */}
            <button type="submit" value="cancel" className={forms.secondary} autoFocus>
              {t('common.cancel')}
            </button>
            <button type="submit" value="confirm" className={forms[tone]} onClick={onConfirm}>
              {confirmLabel ?? label}
            </button>
          </div>
        </form>
      </dialog>
    </>
  );
}
