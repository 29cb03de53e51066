import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CombinedError, useMutation } from 'urql';
import { LIMITS } from '../../schema/limits';
import { ErrorNotice } from '../ui/ErrorNotice';
import forms from '../ui/forms.module.css';
import { centsText, readAmount, readKey } from './budget-entry';
import { type EntryArea, type FigureKind, type FigureRow, SetBudgetFigureMutation } from './budget-entry.operations';
import { type RecordKey, RecordKeyFields } from './RecordKeyFields';

export const FIGURE_KINDS: FigureKind[] = ['PLAN', 'ACTUAL', 'TREND_GIVEN'];

interface FigureFormProps {
  /** A stored figure to correct; null for a new one. */
  figure: FigureRow | null;
  regions: readonly { id: string; name: string }[];
  areas: readonly EntryArea[];
  year: number;
  /** After a figure was stored: the page asks for its views again. */
  onSaved: () => void;
  onDone: () => void;
}

type Problem = 'year' | 'amount';

/** One figure (plan, actual or a trend as given) of a region, area, year or month, in euros as Germans write them. */
export function FigureForm({ figure, regions, areas, year, onSaved, onDone }: FigureFormProps) {
  const { t } = useTranslation();
  const hintId = useId();
  const [{ fetching }, setFigure] = useMutation(SetBudgetFigureMutation);
  const [refusal, setRefusal] = useState<CombinedError | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [key, setKey] = useState<RecordKey>({
    regionId: figure?.region.id ?? regions[0]?.id ?? '',
    areaId: figure?.area?.id ?? '',
    year: String(figure?.year ?? year),
    month: figure?.month ? String(figure.month) : '',
  });
  const [kind, setKind] = useState<FigureKind>(figure?.kind ?? 'PLAN');
  const [amount, setAmount] = useState(figure ? centsText(figure.amountCents) : '');
  const [source, setSource] = useState(figure?.source ?? '');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const readKeyResult = readKey(key);
    const cents = readAmount(amount);
    if (!readKeyResult.ok) return setProblem('year');
    if (!cents.ok) return setProblem('amount');
    const result = await setFigure({
      input: { ...readKeyResult.value, kind, amountCents: cents.value, source: source.trim() || null },
    });
    setRefusal(result.error ?? null);
    if (result.error) return;
    onSaved();
    onDone();
  };

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
        locked={figure !== null}
      />
      <div className={forms.row}>
        <label className={forms.field}>
          {t('budgetEntry.kind')}
          <select
            className={forms.select}
            disabled={figure !== null}
            value={kind}
            onChange={(event) => setKind(event.target.value as FigureKind)}
          >
            {FIGURE_KINDS.map((option) => (
              <option key={option} value={option}>
                {t(`budgetEntry.kinds.${option}`)}
              </option>
            ))}
          </select>
        </label>
        <label className={forms.field}>
          {t('budgetEntry.amount')}
          <input
            className={forms.input}
            inputMode="decimal"
            autoComplete="off"
            required
            value={amount}
            aria-invalid={problem === 'amount' || undefined}
            aria-describedby={hintId}
            onChange={(event) => {
              setAmount(event.target.value);
              setProblem(null);
            }}
          />
        </label>
      </div>
      <p id={hintId} className={forms.hint}>
        {t('budgetEntry.amountHint')}
      </p>
      <label className={forms.field}>
        {t('budgetEntry.source')}
        <input
          className={forms.input}
          maxLength={LIMITS.longText}
          value={source}
          onChange={(event) => setSource(event.target.value)}
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
