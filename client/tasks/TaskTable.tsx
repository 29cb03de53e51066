// biome-ignore-all lint/a11y/noRedundantRoles: deliberate, see the note above TaskTable.
import { Fragment, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ResultOf } from '../api/graphql';
import { formatDate } from '../i18n/format';
import { useLocale } from '../i18n/use-locale';
import forms from '../ui/forms.module.css';
import { partyNames } from '../ui/party';
import { DueDate } from './DueDate';
import { TaskActions } from './TaskActions';
import { TaskProgress } from './TaskProgress';
import styles from './TaskTable.module.css';
import type { TaskRowFragment } from './task.operations';

type Task = ResultOf<typeof TaskRowFragment>;
export type TaskStatus = Task['status'];

export const STATUSES: TaskStatus[] = ['OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED'];

/** Wer / Was / Bis wann, then what people do with a step and where it came from. */
const COLUMNS = ['who', 'what', 'due', 'status', 'source'] as const;

interface TaskTableProps {
  tasks: readonly Task[];
  onStatusChange: (id: string, status: TaskStatus) => void;
}

/** One cell; its content sits in one element so the phone layout's label-and-content grid has two items. */
function Cell({ label, children }: { label: string; children: ReactNode }) {
  return (
    <td role="cell" data-label={label}>
      <div>{children}</div>
    </td>
  );
}

// The explicit roles keep the table a table for screen readers when narrow screens restyle its
// rows as cards (browsers drop table semantics once `display` changes).
export function TaskTable({ tasks, onStatusChange }: TaskTableProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [expanded, setExpanded] = useState<string | null>(null);
  return (
    <table role="table" className={styles.table}>
      <thead role="rowgroup">
        <tr role="row">
          {COLUMNS.map((column) => (
            <th key={column} role="columnheader" scope="col">
              {t(`tasks.${column}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody role="rowgroup">
        {tasks.map((task) => {
          const owner = partyNames(task.owner);
          const label = task.ownerLabel ?? owner.short;
          const what = task.items[0] ?? label;
          const open = expanded === task.id;
          const progressId = `progress-${task.id}`;
          return (
            <Fragment key={task.id}>
              <tr role="row" className={task.overdue ? styles.overdueRow : undefined}>
                <Cell label={t('tasks.who')}>
                  <span className={styles.owner}>{label}</span>
                  {owner.name !== label && <span className={styles.ownerName}>{owner.name}</span>}
                </Cell>
                <Cell label={t('tasks.what')}>
                  <ul className={styles.items}>
                    {task.items.map((item, index) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: "Was" lines are plain text without identity, replaced as a whole.
                      <li key={index}>{item}</li>
                    ))}
                  </ul>
                </Cell>
                <Cell label={t('tasks.due')}>
                  <DueDate due={task} />
                </Cell>
                <Cell label={t('tasks.status')}>
                  {task.viewerCan.progress ? (
                    <select
                      className={forms.select}
                      aria-label={t('tasks.statusOf', { what })}
                      value={task.status}
                      onChange={(event) => onStatusChange(task.id, event.target.value as TaskStatus)}
                    >
                      {STATUSES.map((status) => (
                        <option key={status} value={status}>
                          {t(`taskStatus.${status}`)}
                        </option>
                      ))}
                    </select>
                  ) : (
                    <span className={styles.status}>{t(`taskStatus.${task.status}`)}</span>
                  )}
                  <button
                    type="button"
                    className={styles.progressToggle}
                    aria-expanded={open}
                    aria-controls={open ? progressId : undefined}
                    aria-label={t('progress.toggleOf', { what, count: task.progress.length })}
                    onClick={() => setExpanded(open ? null : task.id)}
                  >
                    {t('progress.toggle', { count: task.progress.length })}
                  </button>
                  <TaskActions task={task} what={what} />
                </Cell>
                <Cell label={t('tasks.source')}>
                  {task.meeting ? (
                    <Link to={`/meetings/${task.meeting.id}`}>
                      {formatDate(task.meeting.startsAt, locale)}
                      <span className="visually-hidden">: {task.meeting.title}</span>
                    </Link>
                  ) : (
                    t('common.none')
                  )}
                </Cell>
              </tr>
              {open && (
                <tr role="row" className={styles.progressRow}>
                  <td role="cell" colSpan={COLUMNS.length} id={progressId}>
                    <TaskProgress taskId={task.id} what={what} status={task.status} reports={task.viewerCan.progress} />
                  </td>
                </tr>
              )}
            </Fragment>
          );
        })}
      </tbody>
    </table>
  );
}
