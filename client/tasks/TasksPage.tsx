import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { type CombinedError, useMutation, useQuery } from 'urql';
import { berlinToday } from '../i18n/format';
import { useCurrentPerson } from '../session/current-person';
import { ErrorNotice, useErrorMessage } from '../ui/ErrorNotice';
import { Loading } from '../ui/Loading';
import { Notice } from '../ui/Notice';
import { TaskFilters } from './TaskFilters';
import styles from './TasksPage.module.css';
import { type TaskStatus, TaskTable } from './TaskTable';
import { DueTasksQuery, MeetingTitleQuery, TasksQuery, UpdateTaskStatusMutation } from './task.operations';
import { DUE_WITHIN_DAYS, readSelection, selectionParams, type TaskSelection, taskFilter } from './task-filter';

/** Whose deadlines the due view shows: the owner chosen under "Wer", else the current person. */
type DueScope = { of: 'owner' } | { of: 'person'; name: string } | { of: 'nobody' };

/**
 * The steps of the selection: a filtered `tasks` list, or for the due view the `dueTasks` of
 * the chosen owner, else of the current person (with their bodies).
 */
function useSelectedTasks(selection: TaskSelection) {
  const person = useCurrentPerson();
  const filter = taskFilter(selection, berlinToday(new Date()));
  const dueOwnerId = selection.ownerId ?? person?.id ?? null;
  const [tasks] = useQuery({ query: TasksQuery, variables: { filter: filter ?? {} }, pause: !filter });
  const [due] = useQuery({
    query: DueTasksQuery,
    variables: { ownerId: dueOwnerId ?? '', withinDays: DUE_WITHIN_DAYS },
    pause: Boolean(filter) || !dueOwnerId,
  });
  if (filter) return { ...tasks, list: tasks.data?.tasks, dueScope: null };
  const { meetingId } = selection;
  const dueScope: DueScope = selection.ownerId
    ? { of: 'owner' }
    : person
      ? { of: 'person', name: person.name }
      : { of: 'nobody' };
  return {
    ...due,
    list: due.data?.dueTasks.filter((task) => !meetingId || task.meeting?.id === meetingId),
    dueScope,
  };
}

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
      <p className={styles.intro}>{t('tasks.intro')}</p>
      <TaskFilters selection={selection} onChange={select} />
      {selection.meetingId && meeting.data && (
        <p className={styles.meetingFilter}>
          {t('tasks.onlyMeeting', { title: meeting.data.meeting.title })}{' '}
          <Link to={{ search: selectionParams({ ...selection, meetingId: null }).toString() }} replace>
            {t('tasks.allMeetings')}
          </Link>
        </p>
      )}
      {dueScope && (
        <p className={styles.dueHint}>
          {t(`tasks.dueFor.${dueScope.of}`, {
            days: DUE_WITHIN_DAYS,
            name: dueScope.of === 'person' ? dueScope.name : '',
          })}
        </p>
      )}
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
