import { useTranslation } from 'react-i18next';
import type { ResultOf } from '../api/graphql';
import { formatDay } from '../i18n/format';
import { useLocale } from '../i18n/use-locale';
import forms from '../ui/forms.module.css';
import styles from './DraftReview.module.css';
import type { ImportOwnersQuery } from './import.operations';
import { type DraftTask, withDueLabel } from './import-draft';
import { OwnerSelect } from './OwnerSelect';

interface DraftStepsProps {
  tasks: readonly DraftTask[];
  owners: ResultOf<typeof ImportOwnersQuery> | undefined;
  onChange: (tasks: DraftTask[]) => void;
}

/** The next steps as read: the owner to confirm or choose, and "Bis wann" to correct with the day it gives. */
export function DraftSteps({ tasks, owners, onChange }: DraftStepsProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const change = (index: number, task: DraftTask) => onChange(tasks.map((each, at) => (at === index ? task : each)));

  if (tasks.length === 0) return <p>{t('protocolImport.noTasks')}</p>;
  return (
    <table className={styles.steps}>
      <thead>
        <tr>
          <th scope="col">{t('tasks.who')}</th>
          <th scope="col">{t('tasks.what')}</th>
          <th scope="col">{t('tasks.due')}</th>
        </tr>
      </thead>
      <tbody>
        {tasks.map((task, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: steps of one draft have no ids yet.
          <tr key={index} className={task.ownerId ? undefined : styles.unknown}>
            <td>
              <div className={styles.who}>
                <span className={styles.owner}>{task.ownerLabel}</span>
                {!task.ownerId && <span className={styles.flag}>{t('protocolImport.unknownOwner')}</span>}
                <OwnerSelect
                  owners={owners}
                  label={t('protocolImport.ownerOf', { label: task.ownerLabel })}
                  value={task.ownerId ?? null}
                  onChange={(ownerId) => change(index, { ...task, ownerId })}
                />
              </div>
            </td>
            <td>
              <ul className={styles.items}>
                {task.items.map((item, at) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: "Was" lines are plain text without identity.
                  <li key={at}>{item}</li>
                ))}
              </ul>
            </td>
            <td>
              <input
                className={`${forms.input} ${styles.dueInput}`}
                aria-label={t('protocolImport.dueOf', { label: task.ownerLabel })}
                value={task.dueLabel ?? ''}
                placeholder={t('tasks.noDue')}
                onChange={(event) => change(index, withDueLabel(task, event.target.value))}
              />
              <span className={styles.resolved} aria-live="polite">
                {task.dueDate ? (
                  <time dateTime={task.dueDate}>{formatDay(task.dueDate, locale)}</time>
                ) : (
                  task.dueLabel?.trim() && t('protocolImport.noDate')
                )}
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
