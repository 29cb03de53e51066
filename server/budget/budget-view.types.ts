import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Region } from '../regions/region.entity';
import type { BudgetData } from './budget-data';
import { TrendSource } from './budget-view';
import { CentsScalar } from './money';
import { ProviderFunding } from './provider-funding.entity';
import { DeviationType, RatioType } from './ratio.type';
import { ServiceArea } from './service-area.entity';

registerEnumType(TrendSource, { name: 'TrendSource' });

@ObjectType({ description: 'Plan, actual and trend of one year, and how they compare' })
export class BudgetYear {
  @Field(() => Int)
  year!: number;

  @Field(() => CentsScalar, { nullable: true })
  planCents!: number | null;

  @Field(() => CentsScalar, { nullable: true })
  actualCents!: number | null;

  @Field(() => CentsScalar, { nullable: true, description: 'The given trend, else the computed one' })
  trendCents!: number | null;

  @Field(() => TrendSource, { nullable: true })
  trendSource!: TrendSource | null;

  @Field(() => CentsScalar, { nullable: true, description: 'The computed trend, also where a given one wins' })
  computedTrendCents!: number | null;

  @Field(() => DeviationType, { nullable: true, description: 'actual − plan, relative to plan' })
  actualVsPlan!: DeviationType | null;

  @Field(() => DeviationType, { nullable: true, description: 'plan − actual, relative to plan' })
  savingAgainstPlan!: DeviationType | null;

  @Field(() => DeviationType, { nullable: true, description: 'trend − actual, relative to trend' })
  savingAgainstTrend!: DeviationType | null;
}

@ObjectType({ description: 'Plan and actual of one month, and both to date' })
export class BudgetMonth {
  @Field(() => Int)
  year!: number;

  @Field(() => Int)
  month!: number;

  @Field(() => CentsScalar, { nullable: true, description: 'Monthly plan figures, else the annual plan pro rata' })
  planCents!: number | null;

  @Field(() => CentsScalar, { nullable: true })
  actualCents!: number | null;

  @Field(() => DeviationType, { nullable: true, description: 'actual − plan, relative to plan' })
  actualVsPlan!: DeviationType | null;

  @Field(() => CentsScalar, { nullable: true })
  planToDateCents!: number | null;

  @Field(() => CentsScalar, { nullable: true })
  actualToDateCents!: number | null;
}

@ObjectType({ description: "The least-squares line amount = intercept + slope · year through the base years' actuals" })
export class TrendLine {
  @Field(() => [Int], { description: 'The base years that had actuals' })
  baseYears!: number[];

  @Field(() => CentsScalar)
  slopeCentsPerYear!: number;

  @Field(() => CentsScalar, { description: "The line's value at year 0" })
  interceptCents!: number;
}

@ObjectType('VirtualAllocation', { description: 'Cases × median cost per case, against what the same scopes spent' })
export class VirtualAllocationType {
  @Field(() => CentsScalar)
  allocationCents!: number;

  @Field(() => CentsScalar, { nullable: true })
  actualCents!: number | null;

  @Field(() => DeviationType, { nullable: true, description: 'actual − allocation, relative to the allocation' })
  actualVsAllocation!: DeviationType | null;
}

@ObjectType({ description: 'Key figures ("Kennzahlen") of a year, or of the year through a month' })
export class BudgetKeyFigures {
  @Field(() => Int)
  year!: number;

  @Field(() => Int, { nullable: true })
  throughMonth!: number | null;

  @Field(() => Int, { nullable: true })
  cases!: number | null;

  @Field(() => CentsScalar, { nullable: true, description: 'Σ actual / Σ cases of the scopes that count cases' })
  averageCostPerCaseCents!: number | null;

  @Field(() => RatioType, {
    nullable: true,
    description: 'Actual spend on non-case-specific work / total actual spend',
  })
  nonCaseSpecificShare!: RatioType | null;

  @Field(() => RatioType, { nullable: true, description: 'Actual spend on social-space work / total actual spend' })
  socialSpaceWorkShare!: RatioType | null;

  @Field(() => RatioType, { nullable: true, description: 'Pooled: Σ(share × plan) / Σ plan over the regions' })
  providerBudgetShare!: RatioType | null;

  @Field(() => VirtualAllocationType, { nullable: true })
  virtualAllocation!: VirtualAllocationType | null;

  @Field(() => [ProviderFunding], { description: "The regions' provider funding of the year, with funded positions" })
  providerFunding!: ProviderFunding[];
}

/** A budget view: one region, or several pooled; its figures are field resolvers over `data`. */
@ObjectType({ description: 'Budget figures of one region or several pooled, with everything computed from them' })
export class BudgetView {
  constructor(readonly data: BudgetData) {}

  @Field(() => [Region])
  get regions(): Region[] {
    return this.data.regions;
  }

  @Field(() => [ServiceArea], { nullable: true, description: 'The areas the view is limited to; none: all' })
  get areas(): ServiceArea[] | null {
    return this.data.areaFilter;
  }
}
