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
    @Ctx() { em }: Context,
  ): Promise<CaseStatistics[]> {
    return listCaseStatistics({ em, filter: filter ?? {} });
  }

  @Mutation(() => CaseStatistics, {
    description: 'Creates the case counts of their region, area, year and month, or replaces them',
  })
  async setCaseStatistics(
    @Arg('input', () => SetCaseStatisticsInput) input: SetCaseStatisticsInput,
    @Ctx() { em }: Context,
  ) {
    return (await setCaseStatistics({ em, input })).value;
  }

  @Mutation(() => ID)
  async deleteCaseStatistics(@Arg('id', () => ID) id: string, @Ctx() { em }: Context): Promise<string> {
    return (await deleteCaseStatistics({ em, id })).value;
  }
}
