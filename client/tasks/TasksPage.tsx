import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { type CombinedError, useMutation, useQuery } from 'urql';
import { ErrorNotice, useErrorMessage } from '../ui/ErrorNotice';
import { Loading } from '../ui/Loading';
import { Notice } from '../ui/Notice';
import { NewTaskButton } from './NewTaskButton';
import { TaskFilters } from './TaskFilters';
import styles from './TasksPage.module.css';
import { type TaskStatus, TaskTable } from './TaskTable';
import { MeetingTitleQuery, UpdateTaskStatusMutation } from './task.operations';
import { DUE_WITHIN_DAYS, readSelection, selectionParams, type TaskSelection } from './task-filter';
import { useSelectedTasks } from './use-selected-tasks';

export function TasksPage() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [params, setParams] = useSearchParams();
  const selection = readSelection(params);
  const select = (next: TaskSelection) => setParams(selectionParams(next), { replace: true });

  const { list, error, fetching, dueScope } = useSelectedTasks(selection);
  const [meeting] = useQuery({
    query: MeetingTitleQuery,
    variables: { id: selection.meetingId ?? '' },
    pause: !selection.meetingId,
  });
  const [, updateStatus] = useMutation(UpdateTaskStatusMutation);
  const [refusal, setRefusal] = useState<CombinedError | null>(null);

  const changeStatus = async (id: string, status: TaskStatus) => {
    const result = await updateStatus({ id, status });
    setRefusal(result.error ?? null);
  };

  return (
    <>
      <title>{`${t('tasks.title')} – ${t('app.name')}`}</title>
      <h1>{t('tasks.title')}</h1>
      <div className={styles.lead}>
        <p className={styles.intro}>{t('tasks.intro')}</p>
        <NewTaskButton />
      </div>
      <TaskFilters selection={selection} onChange={select} />
      {selection.meetingId && meeting.data && (
        <p className={styles.meetingFilter}>
          {t('tasks.onlyMeeting', { title: meeting.data.meeting.title })}{' '}
          <Link to={{ search: selectionParams({ ...selection, meetingId: null }).toString() }} replace>
            {t('tasks.allMeetings')}
          </Link>
        </p>
      )}
      {dueScope && <p className={styles.dueHint}>{t(`tasks.dueFor.${dueScope}`, { days: DUE_WITHIN_DAYS })}</p>}
      {refusal && (
        <Notice tone="error" onDismiss={() => setRefusal(null)}>
          {t('tasks.statusRefused', { reason: errorMessage(refusal) })}
        </Notice>
      )}
      {error && <ErrorNotice error={error} />}
      {fetching && !list && <Loading />}
      {list && (
        <>
          <p className={styles.count} role="status">
            {t('tasks.count', { count: list.length })}
          </p>
          {list.length === 0 ? <p>{t('tasks.empty')}</p> : <TaskTable tasks={list} onStatusChange={changeStatus} />}
        </>
      )}
    </>
  );
}
