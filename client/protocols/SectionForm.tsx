import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../schema/limits';
import forms from '../ui/forms.module.css';
import styles from './SectionForm.module.css';

export interface SectionValues {
  title: string;
  body: string;
}

interface SectionFormProps {
  /** The section as it is; a new one when left out. */
  initial?: SectionValues;
  /** Resolves with whether it was saved; a refusal keeps the form open with what was typed. */
  onSave: (values: SectionValues) => Promise<boolean>;
  onCancel: () => void;
}

/** Title and text of a free-text section of the protocol. */
export function SectionForm({ initial, onSave, onCancel }: SectionFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [title, setTitle] = useState(initial?.title ?? '');
  const [body, setBody] = useState(initial?.body ?? '');
  const [saving, setSaving] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    const saved = await onSave({ title: title.trim(), body });
    if (!saved) setSaving(false);
  };

  return (
    <form
      className={styles.form}
      aria-label={initial ? t('protocol.sections.editOf', { title: initial.title }) : t('protocol.sections.new')}
      onSubmit={(event) => void submit(event)}
    >
      <label className={forms.field}>
        {t('protocol.sections.heading')}
        <input
          className={forms.input}
          required
          maxLength={LIMITS.title}
          placeholder={t('protocol.sections.headingExample')}
          value={title}
          onChange={(event) => setTitle(event.target.value)}
        />
      </label>
      <label className={forms.field}>
        {t('protocol.sections.body')}
        <textarea
          className={forms.input}
          rows={8}
          maxLength={LIMITS.longText}
          aria-describedby={`${id}-hint`}
          value={body}
          onChange={(event) => setBody(event.target.value)}
        />
      </label>
      <p id={`${id}-hint`} className={styles.hint}>
        {t('protocol.sections.bodyHint')}
      </p>
      <div className={styles.actions}>
        <button type="submit" className={forms.button} disabled={saving || !title.trim()}>
          {t('protocol.sections.save')}
        </button>
        <button type="button" className={forms.secondary} onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
