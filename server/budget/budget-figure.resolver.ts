import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { BudgetFigure } from './budget-figure.entity';
import { BudgetFigureFilter, SetBudgetFigureInput } from './budget-figure.inputs';
import { deleteBudgetFigure, listBudgetFigures, setBudgetFigure } from './budget-figure.service';

@Resolver(() => BudgetFigure)
export class BudgetFigureResolver {
  @Query(() => [BudgetFigure], { description: 'Budget figures as stored, by year and month' })
  budgetFigures(
    @Arg('filter', () => BudgetFigureFilter, { nullable: true }) filter: BudgetFigureFilter | undefined,
    @Ctx() ctx: Context,
  ): Promise<BudgetFigure[]> {
    return listBudgetFigures({ ctx, filter: filter ?? {} });
  }

  @Mutation(() => BudgetFigure, {
    description: 'Creates the figure of its region, area, year, month and kind, or replaces it',
  })
  async setBudgetFigure(@Arg('input', () => SetBudgetFigureInput) input: SetBudgetFigureInput, @Ctx() ctx: Context) {
    return (await setBudgetFigure({ ctx, input })).value;
  }

  @Mutation(() => ID)
  async deleteBudgetFigure(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<string> {
    return (await deleteBudgetFigure({ ctx, id })).value;
  }
}
