import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { LIMITS } from '../../schema/limits';
import { berlinToday } from '../i18n/format';
import { useLocale } from '../i18n/use-locale';
import { ErrorNotice } from '../ui/ErrorNotice';
import forms from '../ui/forms.module.css';
import { Loading } from '../ui/Loading';
import { BudgetScopesQuery } from './budget.operations';
import { monthName } from './budget-format';
import {
  BUDGET_PATH,
  completeReportSelection,
  defaultScope,
  isBudgetYear,
  type ReportSelection,
  readReportSelection,
  reportParams,
  scopeValue,
  selectionParams,
} from './budget-selection';
import { ControllingReport } from './ControllingReport';
import styles from './ControllingReportPage.module.css';
import { ScopeSelect, scopeName } from './ScopeSelect';

const MONTHS = Array.from({ length: 12 }, (_, index) => index + 1);

/** A year typed digit by digit: only a whole year changes the report, the digits before it stay as typed. */
function YearField({ year, onChange }: { year: number; onChange: (year: number) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(String(year));
  return (
    <label className={forms.field}>
      {t('budget.year')}
      <input
        type="number"
        inputMode="numeric"
        className={`${forms.input} ${styles.yearInput}`}
        min={LIMITS.budgetYearMin}
        max={LIMITS.budgetYearMax}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          const typed = Number(event.target.value);
          if (isBudgetYear(typed)) onChange(typed);
        }}
      />
    </label>
  );
}

/** The monthly finance controlling report ("Finanzcontrolling") of a region or budget, printable. */
export function ControllingReportPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const [params, setParams] = useSearchParams();
  const selection = readReportSelection(params);
  const [{ data: scopes, error, fetching }] = useQuery({ query: BudgetScopesQuery });

  const completed = completeReportSelection(selection, {
    scope: scopes ? defaultScope(scopes.budgets, scopes.regions) : null,
    today: berlinToday(new Date()),
  });
  if (completed) return <Navigate replace to={{ search: reportParams(completed).toString() }} />;

  const select = (next: ReportSelection) => setParams(reportParams(next), { replace: true, flushSync: true });
  const { scope, year, month } = selection;
  const name = scopes && scope ? scopeName(scopes, scope) : undefined;
  const back = selectionParams({ scope, areaIds: [], year });
  return (
    <div className={styles.page}>
      <title>{[name, t('budget.report.title'), t('app.name')].filter(Boolean).join(' – ')}</title>
      <p className={styles.back}>
        <Link to={{ pathname: BUDGET_PATH, search: back.toString() }}>{t('budget.report.back')}</Link>
      </p>
      <h1>{t('budget.report.title')}</h1>
      {error && <ErrorNotice error={error} />}
      {fetching && !scopes && <Loading />}
      {scopes && !scope && <p>{t('budget.noScopes')}</p>}
      {scopes && scope && year !== null && month !== null && (
        <>
          <form className={styles.controls} aria-label={t('budget.report.choose')} onSubmit={(e) => e.preventDefault()}>
            <ScopeSelect scopes={scopes} value={scope} onChange={(next) => select({ ...selection, scope: next })} />
            <YearField year={year} onChange={(next) => select({ ...selection, year: next })} />
            <label className={forms.field}>
              {t('budget.report.throughMonth')}
              <select
                className={forms.select}
                value={month}
                onChange={(event) => select({ ...selection, month: Number(event.target.value) })}
              >
                {MONTHS.map((m) => (
                  <option key={m} value={m}>
                    {monthName(m, locale)}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" className={forms.button} onClick={() => window.print()}>
              {t('budget.report.print')}
            </button>
          </form>
          <ControllingReport key={scopeValue(scope)} scope={scope} name={name ?? ''} year={year} month={month} />
        </>
      )}
    </div>
  );
}
