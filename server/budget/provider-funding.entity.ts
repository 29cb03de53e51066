import { Check, Entity, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../common/base.entity';
import { Region } from '../regions/region.entity';

/**
 * What a region's social-space budget gives the independent providers in a year: their share of
 * the budget ("Trägerbudget") and the positions it funds ("finanzierte Dienstposten"). Sources
 * give positions as a range, e.g. 9–22 per social space across a city.
 */
@ObjectType()
@Entity()
@Unique({ properties: ['region', 'year'] })
@Check({
  name: 'provider_funding_share_range',
  expression: '(provider_budget_share_basis_points >= 0) AND (provider_budget_share_basis_points <= 10000)',
})
@Check({
  name: 'provider_funding_positions_range',
  expression: 'funded_positions_min >= 0 and funded_positions_max >= funded_positions_min',
})
export class ProviderFunding extends BaseEntity {
  @ManyToOne(() => Region, { ref: true, deleteRule: 'cascade' })
  region!: Ref<Region>;

  @Field(() => Int)
  @Property({ type: 'smallint' })
  year!: number;

  /** Hundredths of a percent: 22 % is 2200. Exposed as a Ratio by the resolver. */
  @Property({ type: 'integer', nullable: true })
  providerBudgetShareBasisPoints?: number | null;

  @Field(() => Int, { nullable: true, description: 'Funded provider positions, lower end of the range' })
  @Property({ type: 'integer', nullable: true })
  fundedPositionsMin?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Funded provider positions, upper end (equal to min for one number)',
  })
  @Property({ type: 'integer', nullable: true })
  fundedPositionsMax?: number | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  source?: string | null;
}
