import { useTranslation } from 'react-i18next';
import type { ResultOf } from '../api/graphql';
import styles from './BudgetFilters.module.css';
import type { BudgetScopesQuery } from './budget.operations';
import type { BudgetSelection } from './budget-selection';
import { ScopeSelect } from './ScopeSelect';
import { areaName } from './service-areas';

interface BudgetFiltersProps {
  scopes: ResultOf<typeof BudgetScopesQuery>;
  selection: BudgetSelection;
  onChange: (selection: BudgetSelection) => void;
}

/** Which budget or region and which service areas; every choice lands in the address. */
export function BudgetFilters({ scopes, selection, onChange }: BudgetFiltersProps) {
  const { t } = useTranslation();
  const toggleArea = (id: string, on: boolean) =>
    onChange({
      ...selection,
      areaIds: on ? [...selection.areaIds, id] : selection.areaIds.filter((areaId) => areaId !== id),
    });
  const areas = [...scopes.serviceAreas].sort((a, b) => a.order - b.order);
  return (
    <form className={styles.filters} aria-label={t('budget.filters')} onSubmit={(event) => event.preventDefault()}>
      <div className={styles.row}>
        {/* Another scope has other years: its own default year is taken. */}
        <ScopeSelect
          scopes={scopes}
          value={selection.scope}
          onChange={(scope) => onChange({ ...selection, scope, year: null })}
        />
      </div>
      <fieldset className={styles.areas}>
        <legend>{t('budget.areasFilter')}</legend>
        <p className={styles.hint}>{t('budget.areasHint')}</p>
        <div className={styles.checks}>
          {areas.map((area) => (
            <label key={area.id} className={styles.check}>
              <input
                type="checkbox"
                checked={selection.areaIds.includes(area.id)}
                onChange={(event) => toggleArea(area.id, event.target.checked)}
              />
              {areaName(area, t)}
            </label>
          ))}
        </div>
      </fieldset>
    </form>
  );
}
