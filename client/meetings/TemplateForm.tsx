import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../schema/limits';
import type { ResultOf } from '../api/graphql';
import forms from '../ui/forms.module.css';
import styles from './MeetingForms.module.css';
import type { MeetingTemplatesQuery } from './meeting.operations';
import { PanelForm, type PanelFormProps } from './PanelForm';
import { type Phase, PhaseChoice, WORKING_PHASES } from './PhaseChoice';
import { TableKindSelect } from './TableKindSelect';
import type { TableKind } from './table-form';

export type Template = ResultOf<typeof MeetingTemplatesQuery>['meetingTemplates'][number];

interface TableRow {
  kind: TableKind;
  title: string;
  voteBudget: string;
}

interface AgendaRow {
  title: string;
  plannedMinutes: string;
}

interface Draft {
  name: string;
  description: string;
  phases: Phase[];
  reviewsOpenSteps: boolean;
  tables: TableRow[];
  agenda: AgendaRow[];
}

export const EMPTY_TEMPLATE: Draft = {
  name: '',
  description: '',
  phases: [...WORKING_PHASES],
  reviewsOpenSteps: false,
  tables: [],
  agenda: [],
};

export function draftOf(template: Template): Draft {
  const { structure } = template;
  return {
    name: template.name,
    description: template.description ?? '',
    phases: [...structure.phases],
    reviewsOpenSteps: structure.reviewsOpenSteps,
    tables: structure.tables.map((table) => ({ ...table, voteBudget: String(table.voteBudget) })),
    agenda: structure.agenda.map((item) => ({
      title: item.title,
      plannedMinutes: item.plannedMinutes?.toString() ?? '',
    })),
  };
}

/** The draft as MeetingTemplateInput takes it. */
export function templateInput(draft: Draft) {
  return {
    name: draft.name.trim(),
    description: draft.description.trim() || null,
    structure: {
      phases: draft.phases,
      reviewsOpenSteps: draft.reviewsOpenSteps,
      tables: draft.tables.map((table) => ({
        kind: table.kind,
        title: table.title.trim(),
        voteBudget: table.voteBudget ? Number(table.voteBudget) : null,
      })),
      agenda: draft.agenda.map((item) => ({
        title: item.title.trim(),
        plannedMinutes: item.plannedMinutes ? Number(item.plannedMinutes) : null,
      })),
    },
  };
}

/** A template's name, phases, tables and agenda items, as an admin writes them. */
export function TemplateForm({ heading, initial, refusal, busy, onSubmit, onCancel }: PanelFormProps<Draft>) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(initial);
  const set = (change: Partial<Draft>) => setDraft((current) => ({ ...current, ...change }));
  const submit = async () => {
    if ((await onSubmit(draft)) && !onCancel) setDraft(initial);
  };

  return (
    <PanelForm
      heading={heading}
      headingLevel={2}
      refusal={refusal}
      busy={busy}
      submitLabel={t('templates.save')}
      onSubmit={() => void submit()}
      onCancel={onCancel}
    >
      <label className={forms.field}>
        {t('templates.name')}
        <input
          className={forms.input}
          required
          maxLength={LIMITS.name}
          value={draft.name}
          onChange={(event) => set({ name: event.target.value })}
        />
      </label>
      <label className={forms.field}>
        {t('templates.description')}
        <textarea
          className={forms.input}
          rows={2}
          maxLength={LIMITS.longText}
          value={draft.description}
          onChange={(event) => set({ description: event.target.value })}
        />
      </label>
      <PhaseChoice phases={draft.phases} onChange={(phases) => set({ phases })} />
      <label className={styles.check}>
        <input
          type="checkbox"
          checked={draft.reviewsOpenSteps}
          onChange={(event) => set({ reviewsOpenSteps: event.target.checked })}
        />
        {t('meetingForm.reviewsOpenSteps')}
      </label>
      <RowsFieldset<TableRow>
        legend={t('templates.tables')}
        rows={draft.tables}
        blank={{ kind: 'CUSTOM', title: '', voteBudget: String(LIMITS.defaultVoteBudget) }}
        addLabel={t('templates.addTable')}
        removeLabel={(number) => t('templates.removeTable', { number })}
        onChange={(tables) => set({ tables })}
      >
        {(table, number, setTable) => (
          <>
            <TableKindSelect
              label={t('templates.tableKind', { number })}
              value={table.kind}
              onChange={(kind) => setTable({ kind })}
            />
            <label className={forms.field}>
              {t('templates.tableTitle', { number })}
              <input
                className={forms.input}
                required
                maxLength={LIMITS.title}
                value={table.title}
                onChange={(event) => setTable({ title: event.target.value })}
              />
            </label>
            <label className={forms.field}>
              {t('templates.voteBudget', { number })}
              <input
                className={forms.input}
                type="number"
                min={1}
                max={LIMITS.voteBudget}
                value={table.voteBudget}
                onChange={(event) => setTable({ voteBudget: event.target.value })}
              />
            </label>
          </>
        )}
      </RowsFieldset>
      <RowsFieldset<AgendaRow>
        legend={t('templates.agenda')}
        rows={draft.agenda}
        blank={{ title: '', plannedMinutes: '' }}
        addLabel={t('templates.addItem')}
        removeLabel={(number) => t('templates.removeItem', { number })}
        onChange={(agenda) => set({ agenda })}
      >
        {(item, number, setItem) => (
          <>
            <label className={forms.field}>
              {t('templates.itemTitle', { number })}
              <input
                className={forms.input}
                required
                maxLength={LIMITS.title}
                value={item.title}
                onChange={(event) => setItem({ title: event.target.value })}
              />
            </label>
            <label className={forms.field}>
              {t('templates.itemMinutes', { number })}
              <input
                className={forms.input}
                type="number"
                min={1}
                max={LIMITS.plannedMinutes}
                value={item.plannedMinutes}
                onChange={(event) => setItem({ plannedMinutes: event.target.value })}
              />
            </label>
          </>
        )}
      </RowsFieldset>
    </PanelForm>
  );
}

/** Rows of a template (tables, agenda items): each with its fields and a remove button, and one to add a row. */
function RowsFieldset<T>({
  legend,
  rows,
  blank,
  addLabel,
  removeLabel,
  onChange,
  children,
}: {
  legend: string;
  rows: readonly T[];
  blank: T;
  addLabel: string;
  removeLabel: (number: number) => string;
  onChange: (rows: T[]) => void;
  /** The fields of one row; `number` counts from 1, `change` updates that row. */
  children: (row: T, number: number, change: (fields: Partial<T>) => void) => ReactNode;
}) {
  return (
    <fieldset className={styles.fieldset}>
      <legend>{legend}</legend>
      {rows.map((row, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id of their own until saved.
        <div key={index} className={styles.row}>
          {children(row, index + 1, (fields) =>
            onChange(rows.map((each, at) => (at === index ? { ...each, ...fields } : each))),
          )}
          <button
            type="button"
            className={forms.secondary}
            onClick={() => onChange(rows.filter((_, at) => at !== index))}
          >
            {removeLabel(index + 1)}
          </button>
        </div>
      ))}
      <div className={styles.actions}>
        <button
          type="button"
          className={forms.secondary}
          disabled={rows.length >= LIMITS.templateItems}
          onClick={() => onChange([...rows, blank])}
        >
          {addLabel}
        </button>
      </div>
    </fieldset>
  );
}
