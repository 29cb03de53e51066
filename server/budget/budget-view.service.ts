import { findOrFail } from '../common/find';
import { Budget } from './budget.entity';
import type { BudgetViewInput, BudgetViewOptions } from './budget.inputs';
import { authorizeBudgetRead, type BudgetContext } from './budget-access';
import { assertPeriod, loadBudgetData } from './budget-data.service';
import { BudgetView } from './budget-view.types';
import { controllingReport } from './controlling-report';
import type { ControllingReport } from './controlling-report.types';

/** Reading budget views and reports. Every read of budget data passes through one of these. */

export async function getBudgetView({
  ctx,
  input,
}: {
  ctx: BudgetContext;
  input: BudgetViewInput;
}): Promise<BudgetView> {
  await authorizeBudgetRead(ctx);
  return new BudgetView(await loadBudgetData(ctx.em, input));
}

/** The pooled view of a budget: its regions, with its trend base unless the view names another. */
export async function getBudgetViewOf({
  ctx,
  budget,
  input,
}: {
  ctx: BudgetContext;
  budget: Budget;
  input: BudgetViewOptions;
}): Promise<BudgetView> {
  await authorizeBudgetRead(ctx);
  const regionIds = await regionIdsOf(budget);
  return new BudgetView(
    await loadBudgetData(ctx.em, { ...input, regionIds, trendBase: input.trendBase ?? trendBaseOf(budget) }),
  );
}

async function regionIdsOf(budget: Budget): Promise<string[]> {
  return (await budget.regions.loadItems()).map((r) => r.id);
}

export async function getBudget({ ctx, id }: { ctx: BudgetContext; id: string }): Promise<Budget> {
  await authorizeBudgetRead(ctx);
  return findOrFail(ctx.em, Budget, id);
}

export async function listBudgets({ ctx }: { ctx: BudgetContext }): Promise<Budget[]> {
  await authorizeBudgetRead(ctx);
  return ctx.em.find(Budget, {}, { orderBy: { name: 'asc' } });
}

export function trendBaseOf(budget: Budget) {
  const { trendBaseFromYear: fromYear, trendBaseToYear: toYear } = budget;
  return fromYear && toYear ? { fromYear, toYear } : null;
}

export async function getControllingReport({
  ctx,
  regionIds,
  year,
  month,
}: {
  ctx: BudgetContext;
  regionIds: string[];
  year: number;
  month: number;
}): Promise<ControllingReport> {
  await authorizeBudgetRead(ctx);
  assertPeriod(year, month);
  const data = await loadBudgetData(ctx.em, { regionIds });
  return { regions: data.regions, ...controllingReport(data, year, month) };
}

/** The controlling report of a budget's regions pooled. */
export async function getControllingReportOf({
  ctx,
  budget,
  year,
  month,
}: {
  ctx: BudgetContext;
  budget: Budget;
  year: number;
  month: number;
}) {
  return getControllingReport({ ctx, regionIds: await regionIdsOf(budget), year, month });
}
