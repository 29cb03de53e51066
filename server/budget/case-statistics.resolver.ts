import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { CaseStatistics } from './case-statistics.entity';
import { CaseStatisticsFilter, SetCaseStatisticsInput } from './case-statistics.inputs';
import { deleteCaseStatistics, listCaseStatistics, setCaseStatistics } from './case-statistics.service';

@Resolver(() => CaseStatistics)
export class CaseStatisticsResolver {
  @Query(() => [CaseStatistics])
  caseStatistics(
    @Arg('filter', () => CaseStatisticsFilter, { nullable: true }) filter: CaseStatisticsFilter | undefined,
    @Ctx() ctx: Context,
  ): Promise<CaseStatistics[]> {
    return listCaseStatistics({ ctx, filter: filter ?? {} });
  }

  @Mutation(() => CaseStatistics, {
    description: 'Creates the case counts of their region, area, year and month, or replaces them',
  })
  async setCaseStatistics(
    @Arg('input', () => SetCaseStatisticsInput) input: SetCaseStatisticsInput,
    @Ctx() ctx: Context,
  ) {
    return (await setCaseStatistics({ ctx, input })).value;
  }

  @Mutation(() => ID)
  async deleteCaseStatistics(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<string> {
    return (await deleteCaseStatistics({ ctx, id })).value;
  }
}
