import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { LIMITS } from '../../schema/limits';
import { ErrorNotice } from '../ui/ErrorNotice';
import forms from '../ui/forms.module.css';
import { Notice } from '../ui/Notice';
import { type ImportReport, sendBudgetFile } from './budget-files';
import styles from './ImportDialog.module.css';
import { ImportReportView } from './ImportReportView';

type ImportState =
  | { step: 'choose' }
  | { step: 'tooLarge' }
  | { step: 'checking' }
  | { step: 'checked'; report: ImportReport }
  | { step: 'storing'; report: ImportReport }
  | { step: 'stored'; report: ImportReport }
  | { step: 'refused'; error: CombinedError };

const ACCEPT = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The rows of a checked file can be stored when there are some and not one has a problem. */
const storable = (report: ImportReport) => report.problemCount === 0 && report.rows.length > 0;

function ImportStatus({ state }: { state: ImportState }) {
  const { t } = useTranslation();
  switch (state.step) {
    case 'choose':
      return null;
    case 'tooLarge':
      return (
        <Notice tone="error">{t('budget.import.tooLarge', { megabytes: LIMITS.importFileBytes / 1024 / 1024 })}</Notice>
      );
    case 'checking':
      return <p role="status">{t('budget.import.checking')}</p>;
    case 'storing':
      return <p role="status">{t('budget.import.storing')}</p>;
    case 'refused':
      return <ErrorNotice error={state.error} />;
    case 'stored':
      return <Notice tone="success">{t('budget.import.stored', { count: state.report.rows.length })}</Notice>;
    case 'checked':
      if (state.report.problemCount > 0) {
        return (
          <Notice tone="error">
            {t(state.report.mode === 'commit' ? 'budget.import.notStored' : 'budget.import.hasProblems', {
              count: state.report.problemCount,
            })}
          </Notice>
        );
      }
      return (
        <Notice tone="info">
          {storable(state.report)
            ? t('budget.import.ready', { count: state.report.rows.length })
            : t('budget.import.empty')}
        </Notice>
      );
  }
}

/**
 * Imports budget figures and case counts from a CSV or XLSX file: choosing the file checks it
 * (a preview that stores nothing) and shows the report; only a file without problems can then
 * be stored, all rows together. `onImported` lets the page show the new figures.
 */
export function ImportDialog({ onImported }: { onImported: () => void }) {
  const { t } = useTranslation();
  const titleId = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const chosen = useRef<File | null>(null);
  const [state, setState] = useState<ImportState>({ step: 'choose' });
  const [opened, setOpened] = useState(0);

  const check = async (file: File | null) => {
    chosen.current = file;
    if (!file) return setState({ step: 'choose' });
    if (file.size > LIMITS.importFileBytes) return setState({ step: 'tooLarge' });
    setState({ step: 'checking' });
    const outcome = await sendBudgetFile(file, 'preview');
    // Someone who picked another file meanwhile wants that one's report.
    if (chosen.current !== file) return;
    setState(
      outcome.kind === 'report'
        ? { step: 'checked', report: outcome.report }
        : { step: 'refused', error: outcome.error },
    );
  };

  const store = async (report: ImportReport) => {
    const file = chosen.current;
    if (!file) return;
    setState({ step: 'storing', report });
    const outcome = await sendBudgetFile(file, 'commit');
    if (outcome.kind === 'refused') return setState({ step: 'refused', error: outcome.error });
    setState({ step: outcome.report.committed ? 'stored' : 'checked', report: outcome.report });
    if (outcome.report.committed) onImported();
  };

  const open = () => {
    chosen.current = null;
    setState({ step: 'choose' });
    // A fresh form each time, so the file input is empty again.
    setOpened((count) => count + 1);
    dialog.current?.showModal();
  };

  const report = 'report' in state ? state.report : null;
  return (
    <>
      <button type="button" className={forms.button} onClick={open} aria-haspopup="dialog">
        {t('budget.import.open')}
      </button>
      <dialog ref={dialog} className={styles.dialog} aria-labelledby={titleId}>
        <div className={styles.header}>
          <h2 id={titleId}>{t('budget.import.title')}</h2>
          <button
            type="button"
            className={styles.close}
            onClick={() => dialog.current?.close()}
            aria-label={t('budget.import.close')}
          >
            <span aria-hidden="true">×</span>
          </button>
        </div>
        <p>{t('budget.import.intro')}</p>
        <p className={styles.allOrNothing}>{t('budget.import.allOrNothing')}</p>
        <form key={opened} onSubmit={(event) => event.preventDefault()}>
          <label className={forms.field}>
            {t('budget.import.file')}
            <input
              type="file"
              accept={ACCEPT}
              className={forms.input}
              disabled={state.step === 'storing'}
              // Emptied before the picker opens, so the same file, corrected, counts as a new choice.
              onClick={(event) => {
                event.currentTarget.value = '';
              }}
              onChange={(event) => void check(event.target.files?.[0] ?? null)}
            />
          </label>
        </form>
        <div className={styles.status}>
          <ImportStatus state={state} />
        </div>
        {report && <ImportReportView report={report} />}
        <div className={styles.actions}>
          {state.step !== 'stored' && (
            <button
              type="button"
              className={forms.button}
              disabled={state.step !== 'checked' || !storable(state.report)}
              onClick={() => state.step === 'checked' && void store(state.report)}
            >
              {report && storable(report)
                ? t('budget.import.store', { count: report.rows.length })
                : t('budget.import.storeNothing')}
            </button>
          )}
          <button type="button" className={forms.secondary} onClick={() => dialog.current?.close()}>
            {state.step === 'stored' ? t('budget.import.done') : t('budget.import.cancel')}
          </button>
        </div>
      </dialog>
    </>
  );
}
