import { Check, DecimalType, Entity, Property, Unique } from '@mikro-orm/core';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { CentsScalar, centsColumn } from './money';
import { RegionRecord } from './region-record.entity';

/**
 * Case counts of a region ("Fallzahlen") for a service area (or the whole region) and a year
 * (or one month of it), with the median cost per case the virtual allocation multiplies by.
 */
@ObjectType()
@Entity({ tableName: 'case_statistics' })
@Check({ name: 'case_statistics_month_range', expression: '(month >= 1) AND (month <= 12)' })
@Check({
  name: 'case_statistics_not_negative',
  expression:
    'cases >= 0 and coalesce(closed_cases, 0) >= 0 and coalesce(minors_served, 0) >= 0 and coalesce(average_duration_days, 0) >= 0 and coalesce(median_cost_cents, 0) >= 0',
})
@Unique({
  name: 'case_statistics_key',
  expression:
    'create unique index "case_statistics_key" on "case_statistics" ("region_id", "area_id", "year", "month") nulls not distinct',
})
export class CaseStatistics extends RegionRecord {
  @Field(() => Int, { description: 'Cases ("Fälle")' })
  @Property({ type: 'integer' })
  cases!: number;

  @Field(() => Int, { nullable: true, description: 'Closed cases ("abgeschlossene Fälle")' })
  @Property({ type: 'integer', nullable: true })
  closedCases?: number | null;

  @Field(() => Int, { nullable: true, description: 'Minors served ("betreute Minderjährige")' })
  @Property({ type: 'integer', nullable: true })
  minorsServed?: number | null;

  // Not money: a duration may be kept as an exact decimal and shown as a float.
  @Field(() => Float, { nullable: true, description: 'Average duration of care in days, one decimal' })
  @Property({ type: new DecimalType('number'), precision: 8, scale: 1, nullable: true })
  averageDurationDays?: number | null;

  @Field(() => CentsScalar, { nullable: true, description: 'Median cost per case in euro cents' })
  @Property({ type: centsColumn(), nullable: true })
  medianCostCents?: number | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  source?: string | null;
}
