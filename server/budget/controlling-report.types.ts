import { Field, Int, ObjectType } from 'type-graphql';
import { Region } from '../regions/region.entity';
import { BudgetKeyFigures } from './budget-view.types';
import { CentsScalar } from './money';
import { DeviationType } from './ratio.type';
import { ServiceArea } from './service-area.entity';

@ObjectType({ description: 'A service area (or the total) in the monthly controlling report' })
export class ControllingRow {
  @Field(() => ServiceArea, { nullable: true, description: 'None: the total' })
  area!: ServiceArea | null;

  @Field(() => CentsScalar, { nullable: true })
  annualPlanCents!: number | null;

  @Field(() => CentsScalar, {
    nullable: true,
    description: 'Monthly plans through the month, else the annual plan pro rata',
  })
  planToDateCents!: number | null;

  @Field(() => CentsScalar, { nullable: true })
  actualToDateCents!: number | null;

  @Field(() => DeviationType, {
    nullable: true,
    description: 'actual to date − plan to date, relative to plan to date',
  })
  actualVsPlanToDate!: DeviationType | null;

  @Field(() => CentsScalar, { nullable: true, description: 'Year-end forecast: actual to date · 12 / month' })
  forecastCents!: number | null;

  @Field(() => DeviationType, { nullable: true, description: 'forecast − annual plan, relative to the annual plan' })
  forecastVsPlan!: DeviationType | null;

  @Field(() => [Int], { description: 'Months through the report month that have monthly actuals' })
  monthsWithActuals!: number[];
}

@ObjectType({ description: 'Monthly controlling report ("Finanzcontrolling") of a region, year to date' })
export class ControllingReport {
  @Field(() => [Region])
  regions!: Region[];

  @Field(() => Int)
  year!: number;

  @Field(() => Int)
  throughMonth!: number;

  @Field(() => [ControllingRow], { description: 'One row per service area with figures that year' })
  rows!: ControllingRow[];

  @Field(() => ControllingRow)
  total!: ControllingRow;

  @Field(() => BudgetKeyFigures)
  keyFigures!: BudgetKeyFigures;
}
