import { Check, Entity, Enum, type Opt, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { CentsScalar, CURRENCY, centsColumn } from './money';
import { RegionRecord } from './region-record.entity';

export enum BudgetFigureKind {
  /** "Voranschlag" */
  PLAN = 'PLAN',
  /** "Istausgaben" */
  ACTUAL = 'ACTUAL',
  /** A trend value as a source states it, when the actuals it was computed from are not at hand. */
  TREND_GIVEN = 'TREND_GIVEN',
}
registerEnumType(BudgetFigureKind, { name: 'BudgetFigureKind' });

/**
 * One amount of a region's budget: for a service area (or, without one, the region as a whole)
 * and a year (or, with a month, one month of it). A figure without area or month is the total
 * that wins over the sum of its parts; see math/figures.ts.
 */
@ObjectType()
@Entity()
@Check({ name: 'budget_figure_month_range', expression: '(month >= 1) AND (month <= 12)' })
@Check({ name: 'budget_figure_amount_not_negative', expression: 'amount_cents >= 0' })
@Unique({
  name: 'budget_figure_key',
  expression:
    'create unique index "budget_figure_key" on "budget_figure" ("region_id", "area_id", "year", "month", "kind") nulls not distinct',
})
export class BudgetFigure extends RegionRecord {
  @Field(() => BudgetFigureKind)
  @Enum({ items: () => BudgetFigureKind })
  kind!: BudgetFigureKind;

  @Field(() => CentsScalar, { description: 'Euro cents' })
  @Property({ type: centsColumn() })
  amountCents!: number;

  @Field(() => String)
  @Property({ type: 'text' })
  currency: string & Opt = CURRENCY;

  @Field(() => String, { nullable: true, description: 'Where the figure comes from, e.g. a protocol and slide' })
  @Property({ type: 'text', nullable: true })
  source?: string | null;
}
