import { IsEnum, IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { LIMITS } from '../../schema/limits';
import { BudgetFigureKind } from './budget-figure.entity';
import { IsBudgetYear, IsCents, IsMonth } from './budget.validation';
import { CentsScalar } from './money';

/** Sets the one figure of its region, area, year, month and kind: creates it or replaces its amount. */
@InputType()
export class SetBudgetFigureInput {
  @Field(() => ID)
  regionId!: string;

  @Field(() => ID, { nullable: true, description: 'None: the region as a whole' })
  areaId?: string | null;

  @Field(() => Int)
  @IsBudgetYear()
  year!: number;

  @Field(() => Int, { nullable: true, description: 'None: the whole year' })
  @IsOptional()
  @IsMonth()
  month?: number | null;

  @Field(() => BudgetFigureKind)
  @IsEnum(BudgetFigureKind)
  kind!: BudgetFigureKind;

  @Field(() => CentsScalar)
  @IsCents()
  amountCents!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(LIMITS.longText)
  source?: string | null;
}

@InputType()
export class BudgetFigureFilter {
  @Field(() => [ID], { nullable: true })
  regionIds?: string[];

  @Field(() => [ID], { nullable: true })
  areaIds?: string[];

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsBudgetYear()
  year?: number;

  @Field(() => [BudgetFigureKind], { nullable: true })
  @IsOptional()
  @IsEnum(BudgetFigureKind, { each: true })
  kinds?: BudgetFigureKind[];
}
