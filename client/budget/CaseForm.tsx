import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CombinedError, useMutation } from 'urql';
import { LIMITS } from '../../schema/limits';
import { ErrorNotice } from '../ui/ErrorNotice';
import forms from '../ui/forms.module.css';
import {
  centsText,
  daysText,
  type Entered,
  readAmount,
  readCount,
  readDays,
  readKey,
  readOptional,
} from './budget-entry';
import { type CaseRow, type EntryArea, SetCaseStatisticsMutation } from './budget-entry.operations';
import { type RecordKey, RecordKeyFields } from './RecordKeyFields';

interface CaseFormProps {
  /** Stored case counts to correct; null for new ones. */
  cases: CaseRow | null;
  regions: readonly { id: string; name: string }[];
  areas: readonly EntryArea[];
  year: number;
  onSaved: () => void;
  onDone: () => void;
}

const COUNT_FIELDS = ['cases', 'closedCases', 'minorsServed'] as const;
type Problem = 'year' | (typeof COUNT_FIELDS)[number] | 'averageDurationDays' | 'medianCost';

/** The case counts of a region, area, year or month: cases, closed cases, minors served, average duration, median cost. */
export function CaseForm({ cases, regions, areas, year, onSaved, onDone }: CaseFormProps) {
  const { t } = useTranslation();
  const [{ fetching }, setCases] = useMutation(SetCaseStatisticsMutation);
  const [refusal, setRefusal] = useState<CombinedError | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [key, setKey] = useState<RecordKey>({
    regionId: cases?.region.id ?? regions[0]?.id ?? '',
    areaId: cases?.area?.id ?? '',
    year: String(cases?.year ?? year),
    month: cases?.month ? String(cases.month) : '',
  });
  const shown = (value: number | null | undefined, text: (n: number) => string = String) =>
    value == null ? '' : text(value);
  const [values, setValues] = useState({
    cases: shown(cases?.cases),
    closedCases: shown(cases?.closedCases),
    minorsServed: shown(cases?.minorsServed),
    averageDurationDays: shown(cases?.averageDurationDays, daysText),
    medianCost: shown(cases?.medianCostCents, centsText),
    source: cases?.source ?? '',
  });
  const set = (patch: Partial<typeof values>) => {
    setValues((current) => ({ ...current, ...patch }));
    setProblem(null);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const readKeyResult = readKey(key);
    if (!readKeyResult.ok) return setProblem('year');
    const read: [Problem, Entered<number | null>][] = [
      ['cases', readCount(values.cases)],
      ['closedCases', readOptional(values.closedCases, readCount)],
      ['minorsServed', readOptional(values.minorsServed, readCount)],
      ['averageDurationDays', readOptional(values.averageDurationDays, readDays)],
      ['medianCost', readOptional(values.medianCost, readAmount)],
    ];
    const failed = read.find(([, entered]) => !entered.ok);
    if (failed) return setProblem(failed[0]);
    const [casesCount, closedCases, minorsServed, averageDurationDays, medianCostCents] = read.map(([, entered]) =>
      entered.ok ? entered.value : null,
    );
    const result = await setCases({
      input: {
        ...readKeyResult.value,
        cases: casesCount ?? 0,
        closedCases,
        minorsServed,
        averageDurationDays,
        medianCostCents,
        source: values.source.trim() || null,
      },
    });
    setRefusal(result.error ?? null);
    if (result.error) return;
    onSaved();
    onDone();
  };

  const numberField = (field: Exclude<Problem, 'year'>, required = false) => (
    <label className={forms.field} key={field}>
      {t(`budgetEntry.caseFields.${field}`)}
      <input
        className={forms.input}
        inputMode="decimal"
        autoComplete="off"
        required={required}
        value={values[field]}
        aria-invalid={problem === field || undefined}
        onChange={(event) => set({ [field]: event.target.value })}
      />
    </label>
  );

  return (
    <form className={forms.stack} onSubmit={(event) => void submit(event)} noValidate>
      {refusal && <ErrorNotice error={refusal} onDismiss={() => setRefusal(null)} />}
      <RecordKeyFields
        value={key}
        onChange={(patch) => {
          setKey((current) => ({ ...current, ...patch }));
          setProblem(null);
        }}
        regions={regions}
        areas={areas}
        locked={cases !== null}
      />
      <div className={forms.row}>
        {numberField('cases', true)}
        {numberField('closedCases')}
        {numberField('minorsServed')}
      </div>
      <div className={forms.row}>
        {numberField('averageDurationDays')}
        {numberField('medianCost')}
      </div>
      <p className={forms.hint}>{t('budgetEntry.caseHint')}</p>
      <label className={forms.field}>
        {t('budgetEntry.source')}
        <input
          className={forms.input}
          maxLength={LIMITS.longText}
          value={values.source}
          onChange={(event) => set({ source: event.target.value })}
        />
      </label>
      {problem && (
        <p role="alert" className={forms.problem}>
          {t(`budgetEntry.problems.${problem}`)}
        </p>
      )}
      <div className={forms.actions}>
        <button type="button" className={forms.secondary} onClick={onDone}>
          {t('common.cancel')}
        </button>
        <button type="submit" className={forms.button} disabled={fetching}>
          {t('budgetEntry.save')}
        </button>
      </div>
    </form>
  );
}
