import { useTranslation } from 'react-i18next';
import { Link, Navigate, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { useViewerCan } from '../session/viewer-can';
import { ErrorNotice } from '../ui/ErrorNotice';
import { Loading } from '../ui/Loading';
import { Notice } from '../ui/Notice';
import { BudgetFilters } from './BudgetFilters';
import styles from './BudgetPage.module.css';
import { BudgetView } from './BudgetView';
import { BudgetScopesQuery } from './budget.operations';
import {
  type BudgetSelection,
  completeSelection,
  defaultScope,
  readSelection,
  scopeValue,
  selectionParams,
} from './budget-selection';
import { scopeName } from './ScopeSelect';

/** The budget of a region or a pooled budget: plan, actual and trend by year and month, key figures, files. */
export function BudgetPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const selection = readSelection(params);
  const can = useViewerCan();
  // Not asked where the server would refuse: the page says so instead.
  const readable = can?.budget.read ?? false;
  const [{ data: scopes, error, fetching }] = useQuery({ query: BudgetScopesQuery, pause: !readable });
  const editor = can?.budget.write ?? false;

  const completed = completeSelection(selection, {
    scope: scopes ? defaultScope(scopes.budgets, scopes.regions) : null,
    year: null,
  });
  if (completed) return <Navigate replace to={{ search: selectionParams(completed).toString() }} />;

  // flushSync: a controlled checkbox must show its new state at once, not after the navigation settles.
  const select = (next: BudgetSelection) => setParams(selectionParams(next), { replace: true, flushSync: true });
  const { scope } = selection;
  const name = scopes && scope ? scopeName(scopes, scope) : undefined;
  return (
    <>
      <title>{[name, t('budget.title'), t('app.name')].filter(Boolean).join(' – ')}</title>
      <h1>{t('budget.title')}</h1>
      <p className={styles.intro}>{t('budget.intro')}</p>
      {editor && (
        <p>
          <Link to="/budget/setup">{t('budgetSetup.link')}</Link>
        </p>
      )}
      {can && !readable && <Notice tone="error">{t('budget.notReadable')}</Notice>}
      {error && <ErrorNotice error={error} />}
      {(!can || fetching) && !scopes && <Loading />}
      {scopes && !scope && <p>{t('budget.noScopes')}</p>}
      {scopes && scope && (
        <>
          <BudgetFilters scopes={scopes} selection={selection} onChange={select} />
          {/* A new scope or other areas are another view: no figures of the last one meanwhile. */}
          <BudgetView
            key={`${scopeValue(scope)}|${selection.areaIds.join(',')}`}
            scopes={scopes}
            selection={{ ...selection, scope }}
            onSelect={select}
          />
        </>
      )}
    </>
  );
}
