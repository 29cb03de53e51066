import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { BudgetViewInput } from './budget.inputs';
import { assertPeriod } from './budget-data.service';
import { budgetKeyFigures, budgetMonths, budgetYears, computedTrend, regionSlice } from './budget-view';
import { getBudgetView, getControllingReport } from './budget-view.service';
import { BudgetKeyFigures, BudgetMonth, BudgetView, BudgetYear, TrendLine } from './budget-view.types';
import { ControllingReport } from './controlling-report.types';

/** The computed figures of a view; all of them pure functions of data loaded once per view. */
@Resolver(() => BudgetView)
export class BudgetViewResolver {
  @Query(() => BudgetView, {
    description: 'Budget figures of one region or several pooled, with trend, comparisons and key figures',
  })
  budgetView(@Arg('input', () => BudgetViewInput) input: BudgetViewInput, @Ctx() ctx: Context): Promise<BudgetView> {
    return getBudgetView({ ctx, input });
  }

  @Query(() => ControllingReport, {
    description: 'Monthly controlling report of a region: plan to date against actual to date',
  })
  controllingReport(
    @Arg('regionId', () => ID) regionId: string,
    @Arg('year', () => Int) year: number,
    @Arg('month', () => Int) month: number,
    @Ctx() ctx: Context,
  ): Promise<ControllingReport> {
    return getControllingReport({ ctx, regionIds: [regionId], year, month });
  }

  @FieldResolver(() => [BudgetYear], {
    description: "Years with figures (and the trend base years) in the view's range",
  })
  years(@Root() view: BudgetView): BudgetYear[] {
    return budgetYears(view.data);
  }

  @FieldResolver(() => [BudgetMonth])
  months(@Root() view: BudgetView, @Arg('year', () => Int) year: number): BudgetMonth[] {
    assertPeriod(year, 1);
    return budgetMonths(view.data, year);
  }

  @FieldResolver(() => TrendLine, {
    nullable: true,
    description: 'The computed trend; none without a trend base of two years with actuals',
  })
  trend(@Root() view: BudgetView): TrendLine | null {
    return computedTrend(view.data);
  }

  @FieldResolver(() => BudgetKeyFigures)
  keyFigures(
    @Root() view: BudgetView,
    @Arg('year', () => Int) year: number,
    @Arg('throughMonth', () => Int, { nullable: true, description: 'Year to date through this month' }) throughMonth:
      | number
      | undefined,
  ): BudgetKeyFigures {
    assertPeriod(year, throughMonth ?? 12);
    return budgetKeyFigures(view.data, { year, throughMonth });
  }

  @FieldResolver(() => [BudgetView], { description: 'The same view for each region alone' })
  byRegion(@Root() view: BudgetView): BudgetView[] {
    return view.data.regions.map((region) => new BudgetView(regionSlice(view.data, region.id)));
  }
}
