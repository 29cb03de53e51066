import { IsNumber, IsOptional, Max, MaxLength, Min } from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { LIMITS } from '../../schema/limits';
import { IsBudgetYear, IsCents, IsCount, IsMonth } from './budget.validation';
import { CentsScalar } from './money';

/** Sets the case counts of a region, area, year and month: creates them or replaces them. */
@InputType()
export class SetCaseStatisticsInput {
  @Field(() => ID)
  regionId!: string;

  @Field(() => ID, { nullable: true })
  areaId?: string | null;

  @Field(() => Int)
  @IsBudgetYear()
  year!: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsMonth()
  month?: number | null;

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

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(LIMITS.longText)
  source?: string | null;
}

@InputType()
export class CaseStatisticsFilter {
  @Field(() => [ID], { nullable: true })
  regionIds?: string[];

  @Field(() => [ID], { nullable: true })
  areaIds?: string[];

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsBudgetYear()
  year?: number;
}
