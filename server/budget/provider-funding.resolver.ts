import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { Region } from '../regions/region.entity';
import { ratio } from './math/rational';
import { ProviderFunding } from './provider-funding.entity';
import { SetProviderFundingInput } from './provider-funding.inputs';
import { deleteProviderFunding, listProviderFunding, setProviderFunding } from './provider-funding.service';
import { RatioType } from './ratio.type';

@Resolver(() => ProviderFunding)
export class ProviderFundingResolver {
  @Query(() => [ProviderFunding])
  providerFunding(
    @Arg('regionIds', () => [ID], { nullable: true }) regionIds: string[] | undefined,
    @Arg('year', () => Int, { nullable: true }) year: number | undefined,
    @Ctx() ctx: Context,
  ): Promise<ProviderFunding[]> {
    return listProviderFunding({ ctx, regionIds, year });
  }

  @Mutation(() => ProviderFunding, { description: "Sets a region's provider share and funded positions for a year" })
  async setProviderFunding(
    @Arg('input', () => SetProviderFundingInput) input: SetProviderFundingInput,
    @Ctx() ctx: Context,
  ) {
    return (await setProviderFunding({ ctx, input })).value;
  }

  @Mutation(() => ID)
  async deleteProviderFunding(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<string> {
    return (await deleteProviderFunding({ ctx, id })).value;
  }

  @FieldResolver(() => Region)
  region(@Root() funding: ProviderFunding): Promise<Region> {
    return funding.region.loadOrFail();
  }

  @FieldResolver(() => RatioType, {
    nullable: true,
    description: 'The providers\' share of the social-space budget ("Trägerbudget")',
  })
  providerBudgetShare(@Root() funding: ProviderFunding): RatioType | null {
    const basisPoints = funding.providerBudgetShareBasisPoints;
    return basisPoints === null || basisPoints === undefined ? null : ratio(basisPoints, 10_000);
  }
}
