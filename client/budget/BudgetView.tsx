import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import type { ResultOf } from '../api/graphql';
import { useViewerCan } from '../session/viewer-can';
import { ErrorNotice } from '../ui/ErrorNotice';
import forms from '../ui/forms.module.css';
import { Loading } from '../ui/Loading';
import { BudgetRecords, EntryButtons } from './BudgetEntry';
import styles from './BudgetPage.module.css';
import type { BudgetScopesQuery } from './budget.operations';
import { defaultYear, shownYears } from './budget-chart-data';
import {
  type BudgetScope,
  type BudgetSelection,
  completeSelection,
  REPORT_PATH,
  reportParams,
  selectionParams,
} from './budget-selection';
import { ExportLinks } from './ExportLinks';
import { ImportDialog } from './ImportDialog';
import { KeyFigureTiles } from './KeyFigureTiles';
import { MonthsSection } from './MonthsSection';
import { RegionComparison } from './RegionComparison';
import { scopeName } from './ScopeSelect';
import { useBudgetView } from './use-budget-data';
import { YearsSection } from './YearsSection';

interface BudgetViewProps {
  scopes: ResultOf<typeof BudgetScopesQuery>;
  selection: BudgetSelection & { scope: BudgetScope };
  onSelect: (selection: BudgetSelection) => void;
}

/** One scope's figures with one query: key figures and months of the chosen year, all years, files. */
export function BudgetView({ scopes, selection, onSelect }: BudgetViewProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const yearHeadingId = useId();
  const { scope, areaIds, year } = selection;
  const { view, error, fetching, refetch } = useBudgetView(scope, areaIds, year);
  const editor = useViewerCan()?.budget.write ?? false;

  if (!view) return error ? <ErrorNotice error={error} /> : <Loading />;
  const completed = completeSelection(selection, { scope: null, year: defaultYear(view.years) });
  if (completed) return <Navigate replace to={{ search: selectionParams(completed).toString() }} />;

  const budget = scope.kind === 'budget' ? scopes.budgets.find((b) => b.id === scope.id) : undefined;
  const years = shownYears(view.years);
  const yearFigures = years.find((y) => y.year === year);
  const entry = {
    regions: view.regions,
    areas: scopes.serviceAreas,
    year: year ?? new Date().getFullYear(),
    onChanged: refetch,
  };
  return (
    <div className={styles.view} aria-busy={fetching}>
      {error && <ErrorNotice error={error} />}
      <section aria-labelledby={headingId} className={styles.heading}>
        <div>
          <h2 id={headingId}>{scopeName(scopes, scope)}</h2>
          <p className={styles.meta}>
            {budget
              ? t('budget.pooledRegions', { regions: view.regions.map((r) => r.name).join(', ') })
              : t('budget.oneRegion')}
            {budget?.trendBaseFromYear != null &&
              ` · ${t('budget.trendBase', { from: budget.trendBaseFromYear, to: budget.trendBaseToYear })}`}
          </p>
          {budget?.description && <p className={styles.meta}>{budget.description}</p>}
        </div>
        <div className={styles.actions}>
          {editor && <ImportDialog onImported={refetch} />}
          {editor && <EntryButtons {...entry} />}
          {year !== null && (
            <Link
              className={forms.secondary}
              to={{ pathname: REPORT_PATH, search: reportParams({ scope, year, month: 12 }).toString() }}
            >
              {t('budget.report.open')}
            </Link>
          )}
        </div>
      </section>

      {years.length === 0 && <p>{t('budget.noFigures')}</p>}
      {year !== null && years.length > 0 && (
        <section aria-labelledby={yearHeadingId}>
          <div className={styles.yearPicker}>
            <h2 id={yearHeadingId}>{t('budget.keyFigures', { year })}</h2>
            <label className={forms.field}>
              {t('budget.year')}
              <select
                className={forms.select}
                value={year}
                onChange={(event) => onSelect({ ...selection, year: Number(event.target.value) })}
              >
                {!years.some((y) => y.year === year) && <option value={year}>{year}</option>}
                {years.map((y) => (
                  <option key={y.year} value={y.year}>
                    {y.year}
                  </option>
                ))}
              </select>
            </label>
          </div>
          {view.keyFigures && <KeyFigureTiles keyFigures={view.keyFigures} year={yearFigures} />}
        </section>
      )}
      {years.length > 0 && <YearsSection years={view.years} />}
      {year !== null && view.months && years.length > 0 && <MonthsSection year={year} months={view.months} />}
      {budget && year !== null && <RegionComparison byRegion={view.byRegion} year={year} areaIds={areaIds} />}

      {editor && year !== null && <BudgetRecords {...entry} />}

      <section aria-labelledby={`${headingId}-export`} className={styles.exports}>
        <h2 id={`${headingId}-export`}>{t('budget.export.title')}</h2>
        <p className={styles.meta}>{t('budget.export.intro')}</p>
        <ExportLinks
          scope={scope}
          views={year === null ? ['years', 'figures', 'cases'] : ['years', 'months', 'keyFigures', 'figures', 'cases']}
          options={{ areaIds, year }}
        />
      </section>
    </div>
  );
}
