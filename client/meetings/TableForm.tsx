import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { LIMITS } from '../../schema/limits';
import { ErrorNotice } from '../ui/ErrorNotice';
import forms from '../ui/forms.module.css';
import styles from './MeetingForms.module.css';
import { TABLE_KINDS, type TableDraft, tableInput, titleFollowsKind } from './table-form';

type Input = Extract<ReturnType<typeof tableInput>, { ok: true }>['input'];

/** A working table's kind (the three of the workshop, or a table of one's own), title and dots per participant. */
export function TableForm({
  heading,
  initial,
  submitLabel,
  refusal,
  busy,
  onSubmit,
  onCancel,
}: {
  heading: string;
  initial: TableDraft;
  submitLabel: string;
  refusal: CombinedError | null;
  busy: boolean;
  onSubmit: (input: Input) => Promise<boolean>;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState(initial);
  const [problem, setProblem] = useState<'title' | 'voteBudget' | null>(null);
  const kindTitles = TABLE_KINDS.map((kind) => t(`tableKinds.${kind}`));

  const chooseKind = (kind: TableDraft['kind']) =>
    setDraft((current) => ({
      ...current,
      kind,
      // The kind's own name, unless the person already wrote a title of their own.
      title: titleFollowsKind(current.title, kindTitles) && kind !== 'CUSTOM' ? t(`tableKinds.${kind}`) : current.title,
    }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = tableInput(draft);
    if (!checked.ok) return setProblem(checked.field);
    setProblem(null);
    if (await onSubmit(checked.input)) setDraft(initial);
  };

  return (
    <form className={styles.panel} aria-labelledby={`${id}-title`} onSubmit={(event) => void submit(event)} noValidate>
      <h3 id={`${id}-title`}>{heading}</h3>
      {refusal && <ErrorNotice error={refusal} />}
      <div className={styles.row}>
        <label className={forms.field}>
          {t('tablesEditor.kind')}
          <select
            className={forms.select}
            value={draft.kind}
            onChange={(event) => chooseKind(event.target.value as TableDraft['kind'])}
          >
            {TABLE_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`tableKinds.${kind}`)}
              </option>
            ))}
          </select>
        </label>
        <label className={forms.field}>
          {t('tablesEditor.title')}
          <input
            className={forms.input}
            required
            maxLength={LIMITS.title}
            value={draft.title}
            aria-invalid={problem === 'title' || undefined}
            aria-describedby={problem === 'title' ? `${id}-title-problem` : undefined}
            onChange={(event) => setDraft({ ...draft, title: event.target.value })}
          />
          {problem === 'title' && (
            <span id={`${id}-title-problem`} className={forms.problem}>
              {t('tablesEditor.titleProblem')}
            </span>
          )}
        </label>
        <label className={forms.field}>
          {t('tablesEditor.voteBudget')}
          <input
            className={forms.input}
            type="number"
            inputMode="numeric"
            min={0}
            max={LIMITS.voteBudget}
            value={draft.voteBudget}
            aria-invalid={problem === 'voteBudget' || undefined}
            aria-describedby={problem === 'voteBudget' ? `${id}-budget-problem` : undefined}
            onChange={(event) => setDraft({ ...draft, voteBudget: event.target.value })}
          />
          {problem === 'voteBudget' && (
            <span id={`${id}-budget-problem`} className={forms.problem}>
              {t('tablesEditor.voteBudgetProblem', { max: LIMITS.voteBudget })}
            </span>
          )}
        </label>
      </div>
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
