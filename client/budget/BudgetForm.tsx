import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CombinedError, useMutation } from 'urql';
import { LIMITS } from '../../schema/limits';
import { ErrorNotice } from '../ui/ErrorNotice';
import forms from '../ui/forms.module.css';
import styles from './BudgetSetup.module.css';
import { isBudgetYear } from './budget-selection';
import { CreateBudgetMutation, type SetupBudget, UpdateBudgetMutation } from './budget-setup.operations';
import { NameField } from './NameField';

interface BudgetFormProps {
  budget: SetupBudget | null;
  regions: readonly { id: string; name: string }[];
  onDone: () => void;
}

type Problem = 'regions' | 'trendBase';

/** A budget pooling regions: its name, description, regions and the years its trend is computed from. */
export function BudgetForm({ budget, regions, onDone }: BudgetFormProps) {
  const { t } = useTranslation();
  const [{ fetching: creating }, create] = useMutation(CreateBudgetMutation);
  const [{ fetching: updating }, update] = useMutation(UpdateBudgetMutation);
  const [refusal, setRefusal] = useState<CombinedError | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [name, setName] = useState(budget?.name ?? '');
  const [description, setDescription] = useState(budget?.description ?? '');
  const [regionIds, setRegionIds] = useState<string[]>(budget?.regions.map((region) => region.id) ?? []);
  const [from, setFrom] = useState(budget?.trendBaseFromYear?.toString() ?? '');
  const [to, setTo] = useState(budget?.trendBaseToYear?.toString() ?? '');

  const toggle = (id: string, on: boolean) => {
    setRegionIds((current) => (on ? [...current, id] : current.filter((regionId) => regionId !== id)));
    setProblem(null);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (regionIds.length === 0) return setProblem('regions');
    const trendGiven = from !== '' || to !== '';
    const fromYear = Number(from);
    const toYear = Number(to);
    if (trendGiven && !(isBudgetYear(fromYear) && isBudgetYear(toYear) && fromYear <= toYear))
      return setProblem('trendBase');
    const input = {
      name: name.trim(),
      description: description.trim() || null,
      regionIds,
      trendBase: trendGiven ? { fromYear, toYear } : null,
    };
    const result = budget ? await update({ id: budget.id, input }) : await create({ input });
    setRefusal(result.error ?? null);
    if (!result.error) onDone();
  };

  return (
    <form className={forms.stack} onSubmit={(event) => void submit(event)}>
      {refusal && <ErrorNotice error={refusal} onDismiss={() => setRefusal(null)} />}
      <NameField value={name} onChange={setName} />
      <label className={forms.field}>
        {t('budgetSetup.description')}
        <textarea
          className={forms.input}
          rows={2}
          maxLength={LIMITS.longText}
          value={description}
          onChange={(event) => setDescription(event.target.value)}
        />
      </label>
      <fieldset className={styles.checks} aria-invalid={problem === 'regions' || undefined}>
        <legend>{t('budgetSetup.pooledRegions')}</legend>
        {regions.map((region) => (
          <label key={region.id} className={forms.checkbox}>
            <input
              type="checkbox"
              checked={regionIds.includes(region.id)}
              onChange={(event) => toggle(region.id, event.target.checked)}
            />
            {region.name}
          </label>
        ))}
      </fieldset>
      <fieldset className={styles.checks}>
        <legend>{t('budgetSetup.trendBase')}</legend>
        <div className={forms.row}>
          <label className={forms.field}>
            {t('budgetSetup.fromYear')}
            <input
              className={forms.input}
              type="number"
              min={LIMITS.budgetYearMin}
              max={LIMITS.budgetYearMax}
              value={from}
              onChange={(event) => setFrom(event.target.value)}
            />
          </label>
          <label className={forms.field}>
            {t('budgetSetup.toYear')}
            <input
              className={forms.input}
              type="number"
              min={LIMITS.budgetYearMin}
              max={LIMITS.budgetYearMax}
              value={to}
              onChange={(event) => setTo(event.target.value)}
            />
          </label>
        </div>
        <p className={forms.hint}>{t('budgetSetup.trendBaseHint')}</p>
      </fieldset>
      {problem && (
        <p role="alert" className={forms.problem}>
          {t(`budgetSetup.problems.${problem}`)}
        </p>
      )}
      <div className={forms.actions}>
        <button type="button" className={forms.secondary} onClick={onDone}>
          {t('common.cancel')}
        </button>
        <button type="submit" className={forms.button} disabled={creating || updating}>
          {t('budgetSetup.save')}
        </button>
      </div>
    </form>
  );
}
