import { useTranslation } from 'react-i18next';
import type { ResultOf } from '../api/graphql';
import forms from '../ui/forms.module.css';
import type { BudgetScopesQuery } from './budget.operations';
import { type BudgetScope, scopeFromValue, scopeValue } from './budget-selection';

type Scopes = Pick<ResultOf<typeof BudgetScopesQuery>, 'budgets' | 'regions'>;

interface ScopeSelectProps {
  scopes: Scopes;
  value: BudgetScope | null;
  onChange: (scope: BudgetScope) => void;
}

/** Whose figures: a budget (its regions pooled) or one region. */
export function ScopeSelect({ scopes, value, onChange }: ScopeSelectProps) {
  const { t } = useTranslation();
  return (
    <label className={forms.field}>
      {t('budget.scope')}
      <select
        className={forms.select}
        value={scopeValue(value)}
        onChange={(event) => {
          const scope = scopeFromValue(event.target.value);
          if (scope) onChange(scope);
        }}
      >
        {scopes.budgets.length > 0 && (
          <optgroup label={t('budget.budgets')}>
            {scopes.budgets.map((budget) => (
              <option key={budget.id} value={scopeValue({ kind: 'budget', id: budget.id })}>
                {budget.name}
              </option>
            ))}
          </optgroup>
        )}
        <optgroup label={t('budget.singleRegions')}>
          {scopes.regions.map((region) => (
            <option key={region.id} value={scopeValue({ kind: 'region', id: region.id })}>
              {region.name}
            </option>
          ))}
        </optgroup>
      </select>
    </label>
  );
}

/** The name of the chosen budget or region. */
export function scopeName(scopes: Scopes, scope: BudgetScope): string | undefined {
  const list: readonly { id: string; name: string }[] = scope.kind === 'budget' ? scopes.budgets : scopes.regions;
  return list.find((entry) => entry.id === scope.id)?.name;
}
