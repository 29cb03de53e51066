import { Check, Collection, Entity, ManyToMany, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../common/base.entity';
import { Region } from '../regions/region.entity';

/**
 * A budget pooling one or more regions, e.g. the social-space budget of a district over its
 * four regions; its view sums the regions' figures. The trend base years are the ones the
 * budget's trend is computed from (Graz: the actuals of 2005–2009).
 */
@ObjectType()
@Entity()
@Check({ name: 'budget_trend_base_order', expression: 'trend_base_to_year >= trend_base_from_year' })
export class Budget extends BaseEntity {
  @Field(() => String)
  @Property({ type: 'text' })
  name!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @ManyToMany(() => Region)
  regions = new Collection<Region>(this);

  @Field(() => Int, { nullable: true })
  @Property({ type: 'smallint', nullable: true })
  trendBaseFromYear?: number | null;

  @Field(() => Int, { nullable: true })
  @Property({ type: 'smallint', nullable: true })
  trendBaseToYear?: number | null;
}
