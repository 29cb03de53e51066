import { IsEnum, IsOptional } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { LIMITS } from '../../schema/limits';
import { OptionalText } from '../common/fields';
import { IsCents } from './budget.validation';
import { BudgetFigureKind } from './budget-figure.entity';
import { CentsScalar } from './money';
import { RegionRecordFilter, RegionRecordInput } from './region-record.inputs';

/** Sets the one figure of its region, area, year, month and kind: creates it or replaces its amount. */
@InputType()
export class SetBudgetFigureInput extends RegionRecordInput {
  @Field(() => BudgetFigureKind)
  @IsEnum(BudgetFigureKind)
  kind!: BudgetFigureKind;

  @Field(() => CentsScalar)
  @IsCents()
  amountCents!: number;

  @OptionalText(LIMITS.longText)
  source?: string | null;
}

@InputType()
export class BudgetFigureFilter extends RegionRecordFilter {
  @Field(() => [BudgetFigureKind], { nullable: true })
  @IsOptional()
  @IsEnum(BudgetFigureKind, { each: true })
  kinds?: BudgetFigureKind[];
}
