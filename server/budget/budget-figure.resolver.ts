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
    @Ctx() { em }: Context,
  ): Promise<BudgetFigure[]> {
    return listBudgetFigures({ em, filter: filter ?? {} });
  }

  @Mutation(() => BudgetFigure, {
    description: 'Creates the figure of its region, area, year, month and kind, or replaces it',
  })
  async setBudgetFigure(@Arg('input', () => SetBudgetFigureInput) input: SetBudgetFigureInput, @Ctx() { em }: Context) {
    return (await setBudgetFigure({ em, input })).value;
  }

  @Mutation(() => ID)
  async deleteBudgetFigure(@Arg('id', () => ID) id: string, @Ctx() { em }: Context): Promise<string> {
    return (await deleteBudgetFigure({ em, id })).value;
  }
}
