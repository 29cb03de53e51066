import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { Region } from '../regions/region.entity';
import { Budget } from './budget.entity';
import { BudgetViewOptions, CreateBudgetInput, UpdateBudgetInput } from './budget.inputs';
import { createBudget, deleteBudget, updateBudget } from './budget.service';
import { getBudget, getBudgetViewOf, getControllingReportOf, listBudgets } from './budget-view.service';
import { BudgetView } from './budget-view.types';
import { ControllingReport } from './controlling-report.types';

@Resolver(() => Budget)
export class BudgetResolver {
  @Query(() => [Budget], { description: 'Budgets pooling regions' })
  budgets(@Ctx() ctx: Context): Promise<Budget[]> {
    return listBudgets({ ctx });
  }

  @Query(() => Budget)
  budget(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Budget> {
    return getBudget({ ctx, id });
  }

  @Mutation(() => Budget)
  async createBudget(@Arg('input', () => CreateBudgetInput) input: CreateBudgetInput, @Ctx() ctx: Context) {
    return (await createBudget({ ctx, input })).value;
  }

  @Mutation(() => Budget)
  async updateBudget(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateBudgetInput) input: UpdateBudgetInput,
    @Ctx() ctx: Context,
  ) {
    return (await updateBudget({ ctx, id, input })).value;
  }

  @Mutation(() => ID)
  async deleteBudget(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<string> {
    return (await deleteBudget({ ctx, id })).value;
  }

  @FieldResolver(() => [Region])
  regions(@Root() budget: Budget): Promise<Region[]> {
    return budget.regions.loadItems();
  }

  @FieldResolver(() => BudgetView, {
    description: "The budget's regions pooled; its trend base unless the options name another",
  })
  view(
    @Root() budget: Budget,
    @Arg('options', () => BudgetViewOptions, { nullable: true }) options: BudgetViewOptions | undefined,
    @Ctx() ctx: Context,
  ): Promise<BudgetView> {
    return getBudgetViewOf({ ctx, budget, input: options ?? {} });
  }

  @FieldResolver(() => ControllingReport, {
    description: "The monthly controlling report of the budget's regions pooled",
  })
  controllingReport(
    @Root() budget: Budget,
    @Arg('year', () => Int) year: number,
    @Arg('month', () => Int) month: number,
    @Ctx() ctx: Context,
  ): Promise<ControllingReport> {
    return getControllingReportOf({ ctx, budget, year, month });
  }
}
