import { Field, Float, ObjectType } from 'type-graphql';
import { CentsScalar } from './money';

/**
 * A share or change, exact: numerator / denominator as the integers it was computed from
 * (mostly cents), with basis points and percent rounded half away from zero for display.
 */
@ObjectType('Ratio')
export class RatioType {
  @Field(() => CentsScalar)
  numerator!: number;

  @Field(() => CentsScalar)
  denominator!: number;

  @Field(() => CentsScalar, { description: 'Hundredths of a percent, rounded: 25.57 % is 2557' })
  basisPoints!: number;

  @Field(() => Float, { description: 'Percent rounded to one decimal, for display: 25.6' })
  percent!: number;
}

/** An amount measured against a base, e.g. a saving against the trend. */
@ObjectType('Deviation')
export class DeviationType {
  @Field(() => CentsScalar)
  amountCents!: number;

  @Field(() => RatioType, { nullable: true, description: 'amountCents / base; none when the base is 0' })
  ratio?: RatioType | null;
}
