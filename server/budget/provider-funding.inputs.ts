import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { LIMITS } from '../../schema/limits';
import { OptionalText } from '../common/fields';
import { IsBudgetYear, IsCount } from './budget.validation';

/** Sets what a region's budget gives the providers in a year: creates or replaces it. */
@InputType()
export class SetProviderFundingInput {
  @Field(() => ID)
  regionId!: string;

  @Field(() => Int)
  @IsBudgetYear()
  year!: number;

  @Field(() => Int, { nullable: true, description: 'Hundredths of a percent: 22 % is 2200' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000)
  providerBudgetShareBasisPoints?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsCount()
  fundedPositionsMin?: number | null;

  @Field(() => Int, { nullable: true, description: 'Defaults to min; at least min' })
  @IsOptional()
  @IsCount()
  fundedPositionsMax?: number | null;

  @OptionalText(LIMITS.longText)
  source?: string | null;
}
