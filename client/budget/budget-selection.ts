import { LIMITS } from '../../schema/limits';

/** Whose figures: a budget (its regions pooled) or a single region. */
export type BudgetScope = { kind: 'budget'; id: string } | { kind: 'region'; id: string };

/** What the budget pages show; kept in the address so a view can be shared as a link. */
export interface BudgetSelection {
  scope: BudgetScope | null;
  /** Only these service areas; none: all, with the region-wide figures. */
  areaIds: string[];
  /** The year of the months and key figures; null: not chosen yet. */
  year: number | null;
}

/** The controlling report's selection: a scope and the month it reports through. */
export interface ReportSelection {
  scope: BudgetScope | null;
  year: number | null;
  month: number | null;
}

function readInteger(value: string | null, min: number, max: number): number | null {
  if (!value || !/^\d+$/.test(value)) return null;
  const number = Number(value);
  return number >= min && number <= max ? number : null;
}

const readYear = (params: URLSearchParams) =>
  readInteger(params.get('year'), LIMITS.budgetYearMin, LIMITS.budgetYearMax);

/** A year the API takes for budget figures. */
export const isBudgetYear = (year: number) =>
  Number.isInteger(year) && year >= LIMITS.budgetYearMin && year <= LIMITS.budgetYearMax;

function readScope(params: URLSearchParams): BudgetScope | null {
  const budget = params.get('budget');
  if (budget) return { kind: 'budget', id: budget };
  const region = params.get('region');
  return region ? { kind: 'region', id: region } : null;
}

function writeScope(params: URLSearchParams, scope: BudgetScope | null): void {
  if (scope) params.set(scope.kind, scope.id);
}

export function readSelection(params: URLSearchParams): BudgetSelection {
  return { scope: readScope(params), areaIds: params.getAll('area').filter(Boolean), year: readYear(params) };
}

export function selectionParams({ scope, areaIds, year }: BudgetSelection): URLSearchParams {
  const params = new URLSearchParams();
  writeScope(params, scope);
  for (const id of areaIds) params.append('area', id);
  if (year !== null) params.set('year', String(year));
  return params;
}

export function readReportSelection(params: URLSearchParams): ReportSelection {
  return { scope: readScope(params), year: readYear(params), month: readInteger(params.get('month'), 1, 12) };
}

export function reportParams({ scope, year, month }: ReportSelection): URLSearchParams {
  const params = new URLSearchParams();
  writeScope(params, scope);
  if (year !== null) params.set('year', String(year));
  if (month !== null) params.set('month', String(month));
  return params;
}

/**
 * The selection with what the address left open filled in, or null when nothing is missing or
 * nothing can be filled in yet. A scope without a year needs the scope's figures first, so the
 * page calls this again once they are there.
 */
export function completeSelection(
  selection: BudgetSelection,
  defaults: { scope: BudgetScope | null; year: number | null },
): BudgetSelection | null {
  const scope = selection.scope ?? defaults.scope;
  const year = selection.year ?? (selection.scope ? defaults.year : null);
  if (scope === selection.scope && year === selection.year) return null;
  return { ...selection, scope, year };
}

/** The scopes to choose from, as the budget pages offer them: budgets first, then regions. */
export function defaultScope(
  budgets: readonly { id: string }[],
  regions: readonly { id: string }[],
): BudgetScope | null {
  const [budget] = budgets;
  if (budget) return { kind: 'budget', id: budget.id };
  const [region] = regions;
  return region ? { kind: 'region', id: region.id } : null;
}

/** The value of a scope in a `<select>`, and back. */
export const scopeValue = (scope: BudgetScope | null): string => (scope ? `${scope.kind}:${scope.id}` : '');

export function scopeFromValue(value: string): BudgetScope | null {
  const [kind, id] = value.split(':');
  if (!id) return null;
  if (kind === 'budget' || kind === 'region') return { kind, id };
  return null;
}

export const BUDGET_PATH = '/budget';
export const REPORT_PATH = '/budget/report';

/**
 * The report's selection with what the address left open filled in, or null when nothing is
 * missing. Without a year it reports the current month (`today`, Berlin, `YYYY-MM-DD`); a year
 * without a month is reported as a whole, through December.
 */
export function completeReportSelection(
  selection: ReportSelection,
  defaults: { scope: BudgetScope | null; today: string },
): ReportSelection | null {
  const scope = selection.scope ?? defaults.scope;
  const [thisYear, thisMonth] = defaults.today.split('-').map(Number);
  const year = selection.year ?? thisYear ?? null;
  const month = selection.month ?? (selection.year === null ? (thisMonth ?? null) : 12);
  if (scope === selection.scope && year === selection.year && month === selection.month) return null;
  return { scope, year, month };
}
