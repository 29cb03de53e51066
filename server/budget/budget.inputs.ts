import { ArrayMaxSize, ArrayMinSize, IsOptional, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { LIMITS } from '../../schema/limits';
import { OptionalText } from '../common/fields';
import { IsOmittable } from '../common/validation';
import { IsBudgetYear, IsName } from './budget.validation';

/** Most regions one budget or view may pool. */
const POOL_SIZE = 100;

@InputType()
export class YearRangeInput {
  @Field(() => Int)
  @IsBudgetYear()
  fromYear!: number;

  @Field(() => Int)
  @IsBudgetYear()
  toYear!: number;
}

@InputType()
export class CreateBudgetInput {
  @Field(() => String)
  @IsName()
  name!: string;

  @OptionalText(LIMITS.longText)
  description?: string | null;

  @Field(() => [ID])
  @ArrayMinSize(1)
  @ArrayMaxSize(POOL_SIZE)
  regionIds!: string[];

  @Field(() => YearRangeInput, { nullable: true, description: 'Years whose actuals the trend is computed from' })
  @IsOptional()
  @ValidateNested()
  trendBase?: YearRangeInput | null;
}

@InputType()
export class UpdateBudgetInput {
  @Field(() => String, { nullable: true })
  @IsOmittable()
  @IsName()
  name?: string;

  @OptionalText(LIMITS.longText)
  description?: string | null;

  @Field(() => [ID], { nullable: true })
  @IsOmittable()
  @ArrayMinSize(1)
  @ArrayMaxSize(POOL_SIZE)
  regionIds?: string[];

  @Field(() => YearRangeInput, { nullable: true, description: 'null clears it' })
  @IsOptional()
  @ValidateNested()
  trendBase?: YearRangeInput | null;
}

/** What a budget view shows besides its regions. */
@InputType()
export class BudgetViewOptions {
  @Field(() => [ID], { nullable: true, description: 'Only these areas; region-wide figures are then left out' })
  areaIds?: string[] | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsBudgetYear()
  fromYear?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsBudgetYear()
  toYear?: number | null;

  @Field(() => YearRangeInput, { nullable: true, description: 'Compute a trend from the actuals of these years' })
  @IsOptional()
  @ValidateNested()
  trendBase?: YearRangeInput | null;
}

/** A view of one region, or of several pooled. */
@InputType()
export class BudgetViewInput extends BudgetViewOptions {
  @Field(() => [ID])
  @ArrayMinSize(1)
  @ArrayMaxSize(POOL_SIZE)
  regionIds!: string[];
}
