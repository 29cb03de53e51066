import type { EntityManager } from '@mikro-orm/postgresql';
import { findOrFail } from '../common/find';
import { Budget } from './budget.entity';
import type { BudgetViewInput, BudgetViewOptions } from './budget.inputs';
import { assertPeriod, loadBudgetData } from './budget-data.service';
import { BudgetView } from './budget-view.types';
import { controllingReport } from './controlling-report';
import type { ControllingReport } from './controlling-report.types';

/** Reading budget views and reports. Every read of budget data passes through one of these. */

export async function getBudgetView({ em, input }: { em: EntityManager; input: BudgetViewInput }): Promise<BudgetView> {
  return new BudgetView(await loadBudgetData(em, input));
}

/** The pooled view of a budget: its regions, with its trend base unless the view names another. */
export async function getBudgetViewOf({
  em,
  budget,
  input,
}: {
  em: EntityManager;
  budget: Budget;
  input: BudgetViewOptions;
}): Promise<BudgetView> {
  const regionIds = await regionIdsOf(budget);
  return new BudgetView(
    await loadBudgetData(em, { ...input, regionIds, trendBase: input.trendBase ?? trendBaseOf(budget) }),
  );
}

async function regionIdsOf(budget: Budget): Promise<string[]> {
  return (await budget.regions.loadItems()).map((r) => r.id);
}

export async function getBudget({ em, id }: { em: EntityManager; id: string }): Promise<Budget> {
  return findOrFail(em, Budget, id);
}

export async function listBudgets({ em }: { em: EntityManager }): Promise<Budget[]> {
  return em.find(Budget, {}, { orderBy: { name: 'asc' } });
}

export function trendBaseOf(budget: Budget) {
  const { trendBaseFromYear: fromYear, trendBaseToYear: toYear } = budget;
  return fromYear && toYear ? { fromYear, toYear } : null;
}

export async function getControllingReport({
  em,
  regionIds,
  year,
  month,
}: {
  em: EntityManager;
  regionIds: string[];
  year: number;
  month: number;
}): Promise<ControllingReport> {
  assertPeriod(year, month);
  const data = await loadBudgetData(em, { regionIds });
  return { regions: data.regions, ...controllingReport(data, year, month) };
}

/** The controlling report of a budget's regions pooled. */
export async function getControllingReportOf({
  em,
  budget,
  year,
  month,
}: {
  em: EntityManager;
  budget: Budget;
  year: number;
  month: number;
}) {
  return getControllingReport({ em, regionIds: await regionIdsOf(budget), year, month });
}
