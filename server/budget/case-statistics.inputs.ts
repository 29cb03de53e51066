import { IsNumber, IsOptional, Max, Min } from 'class-validator';
import { Field, Float, InputType, Int } from 'type-graphql';
import { LIMITS } from '../../schema/limits';
import { OptionalText } from '../common/fields';
import { IsCents, IsCount } from './budget.validation';
import { CentsScalar } from './money';
import { RegionRecordFilter, RegionRecordInput } from './region-record.inputs';

/** Sets the case counts of a region, area, year and month: creates them or replaces them. */
@InputType()
export class SetCaseStatisticsInput extends RegionRecordInput {
  @Field(() => Int)
  @IsCount()
  cases!: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsCount()
  closedCases?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsCount()
  minorsServed?: number | null;

  @Field(() => Float, { nullable: true, description: 'Days, at most one decimal' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 1 })
  @Min(0)
  @Max(99_999)
  averageDurationDays?: number | null;

  @Field(() => CentsScalar, { nullable: true })
  @IsOptional()
  @IsCents()
  medianCostCents?: number | null;

  @OptionalText(LIMITS.longText)
  source?: string | null;
}

@InputType()
export class CaseStatisticsFilter extends RegionRecordFilter {}
