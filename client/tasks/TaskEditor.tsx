import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CombinedError, useMutation } from 'urql';
import { ErrorNotice } from '../ui/ErrorNotice';
import forms from '../ui/forms.module.css';
import { DueField } from './DueField';
import { ItemsEditor } from './ItemsEditor';
import { OwnerSelect } from './OwnerSelect';
import { CreateTaskMutation, UpdateTaskMutation } from './task.operations';
import { changedFields, checkForm, formOf, type StoredTask, type TaskForm, type TaskFormProblem } from './task-form';
import type { Directory } from './task-rules';

type Party = { id: string; name: string; shortName?: string | null; title?: string | null };

export type TaskEditorTarget =
  | { kind: 'create'; meetingId: string | null }
  | { kind: 'edit'; id: string; task: StoredTask };

/** Where the keyboard goes when a field keeps the form from being sent: for a deadline, its day. */
const FIRST_CONTROL: Record<TaskFormProblem, string> = {
  owner: '[data-field="owner"] select',
  items: '[data-field="items"] input',
  due: '[data-field="due"] input[type="date"]',
};

interface TaskEditorProps {
  target: TaskEditorTarget;
  choices: Directory<Party>;
  /** After saving or cancelling. */
  onDone: () => void;
}

/** Creates a next step or changes one: Wer, Was (lines), Bis wann with its day. */
export function TaskEditor({ target, choices, onDone }: TaskEditorProps) {
  const { t } = useTranslation();
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const stored = target.kind === 'edit' ? target.task : null;
  const [values, setValues] = useState<TaskForm>(() => formOf(stored));
  const [problem, setProblem] = useState<TaskFormProblem | null>(null);
  const [refusal, setRefusal] = useState<CombinedError | null>(null);
  const [{ fetching: creating }, create] = useMutation(CreateTaskMutation);
  const [{ fetching: updating }, update] = useMutation(UpdateTaskMutation);

  const change = (patch: Partial<TaskForm>) => {
    setValues((current) => ({ ...current, ...patch }));
    setProblem(null);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = checkForm(values);
    if (!checked.ok) {
      setProblem(checked.problem);
      form.current?.querySelector<HTMLElement>(FIRST_CONTROL[checked.problem])?.focus();
      return;
    }
    const result =
      target.kind === 'create'
        ? await create({ input: { meetingId: target.meetingId, ...checked.fields } })
        : await update({ id: target.id, input: changedFields(target.task, checked.fields) });
    setRefusal(result.error ?? null);
    if (!result.error) onDone();
  };

  const problemId = `${id}-problem`;
  const describe = (field: TaskFormProblem) => (problem === field ? problemId : undefined);
  return (
    <form ref={form} className={forms.stack} onSubmit={(event) => void submit(event)} noValidate>
      {refusal && <ErrorNotice error={refusal} onDismiss={() => setRefusal(null)} />}
      <div data-field="owner">
        <OwnerSelect
          choices={choices}
          value={values.ownerId}
          onChange={(ownerId) => change({ ownerId })}
          invalid={problem === 'owner'}
          describedBy={describe('owner')}
        />
      </div>
      <div data-field="items">
        <ItemsEditor
          items={values.items}
          onChange={(items) => change({ items })}
          invalid={problem === 'items'}
          describedBy={describe('items')}
        />
      </div>
      <div data-field="due">
        <DueField
          label={values.label}
          day={values.day}
          acceptNoDay={values.acceptNoDay}
          onChange={change}
          invalid={problem === 'due'}
          describedBy={describe('due')}
        />
      </div>
      {problem && (
        <p id={problemId} role="alert" className={forms.problem}>
          {t(`taskEditor.problems.${problem}`)}
        </p>
      )}
      <div className={forms.actions}>
        <button type="button" className={forms.secondary} onClick={onDone}>
          {t('common.cancel')}
        </button>
        <button type="submit" className={forms.button} disabled={creating || updating}>
          {target.kind === 'create' ? t('taskEditor.create') : t('taskEditor.save')}
        </button>
      </div>
    </form>
  );
}
