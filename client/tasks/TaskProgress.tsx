import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CombinedError, useMutation, useQuery } from 'urql';
import { LIMITS } from '../../schema/limits';
import { personName } from '../committees/people';
import { formatDateTime } from '../i18n/format';
import { useLocale } from '../i18n/use-locale';
import { useViewer } from '../session/viewer';
import { ErrorNotice } from '../ui/ErrorNotice';
import forms from '../ui/forms.module.css';
import { Loading } from '../ui/Loading';
import { paragraphs } from '../ui/paragraphs';
import styles from './TaskProgress.module.css';
import { STATUSES, type TaskStatus } from './TaskTable';
import { AddTaskProgressMutation, TaskProgressQuery } from './task.operations';

interface TaskProgressProps {
  taskId: string;
  /** The step's first "Was" line, to name it. */
  what: string;
  status: TaskStatus;
  /** Whether the server lets the viewer report progress on it (`viewerCan.progress`): its owners and keepers. */
  reports: boolean;
}

/**
 * A step's progress notes, the oldest first, and for those who may report on it a form to add
 * one as themselves, optionally with a new status. Everyone else reads.
 */
export function TaskProgress({ taskId, what, status, reports }: TaskProgressProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const id = useId();
  const viewer = useViewer();
  const [{ data, error, fetching }] = useQuery({ query: TaskProgressQuery, variables: { id: taskId } });
  const [{ fetching: saving }, addProgress] = useMutation(AddTaskProgressMutation);
  const [text, setText] = useState('');
  const [newStatus, setNewStatus] = useState<TaskStatus | ''>('');
  const [refusal, setRefusal] = useState<CombinedError | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await addProgress({ taskId, text, status: newStatus || null });
    setRefusal(result.error ?? null);
    if (result.error) return;
    setText('');
    setNewStatus('');
  };

  const notes = data?.task.progress ?? [];
  return (
    <section className={styles.progress} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className={styles.title}>
        {t('progress.title', { what })}
      </h2>
      {error && <ErrorNotice error={error} />}
      {fetching && !data && <Loading />}
      {data && notes.length === 0 && <p className={styles.empty}>{t('progress.empty')}</p>}
      {notes.length > 0 && (
        <ol className={styles.notes}>
          {notes.map((note) => (
            <li key={note.id} className={styles.note}>
              <p className={styles.meta}>
                <time dateTime={note.createdAt}>{formatDateTime(note.createdAt, locale)}</time>
                <span>{note.author ? personName(note.author) : t('progress.anonymous')}</span>
                {note.status && (
                  <span className={styles.status}>
                    {t('progress.statusSet', { status: t(`taskStatus.${note.status}`) })}
                  </span>
                )}
              </p>
              {paragraphs(note.text).map((paragraph, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs of one note's fixed text.
                <p key={index}>{paragraph}</p>
              ))}
            </li>
          ))}
        </ol>
      )}
      {reports && viewer?.kind === 'user' && (
        <form className={styles.form} onSubmit={(event) => void submit(event)} aria-labelledby={`${id}-add`}>
          <h3 id={`${id}-add`} className={styles.formTitle}>
            {t('progress.add')}
          </h3>
          {refusal && <ErrorNotice error={refusal} onDismiss={() => setRefusal(null)} />}
          <label className={forms.field}>
            {t('progress.note')}
            <textarea
              className={forms.input}
              required
              rows={3}
              maxLength={LIMITS.longText}
              value={text}
              onChange={(event) => setText(event.target.value)}
            />
          </label>
          <div className={styles.formRow}>
            <label className={forms.field}>
              {t('progress.newStatus')}
              <select
                className={forms.select}
                value={newStatus}
                onChange={(event) => setNewStatus(event.target.value as TaskStatus | '')}
              >
                <option value="">{t('progress.keepStatus', { status: t(`taskStatus.${status}`) })}</option>
                {STATUSES.filter((option) => option !== status).map((option) => (
                  <option key={option} value={option}>
                    {t(`taskStatus.${option}`)}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit" className={forms.button} disabled={saving || !text.trim()}>
              {t('progress.save')}
            </button>
          </div>
          <p className={styles.author}>{t('progress.as', { name: viewer.name })}</p>
        </form>
      )}
    </section>
  );
}
