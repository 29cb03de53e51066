import { Entity, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../common/base.entity';
import { Region } from '../regions/region.entity';
import { ServiceArea } from './service-area.entity';

/**
 * What budget figures and case counts are kept by: a region, a service area (none: the region
 * as a whole), a year and a month (none: the whole year). Each table adds its own unique key
 * over these columns and a check that the month is 1–12.
 */
// Like BaseEntity: no schema type of its own, since type-graphql emits only reachable types.
@ObjectType()
@Entity({ abstract: true })
export abstract class RegionRecord extends BaseEntity {
  @Index()
  @ManyToOne(() => Region, { ref: true, deleteRule: 'cascade' })
  region!: Ref<Region>;

  @Index()
  @ManyToOne(() => ServiceArea, { ref: true, nullable: true, deleteRule: 'restrict' })
  area?: Ref<ServiceArea> | null;

  @Field(() => Int)
  @Property({ type: 'smallint' })
  year!: number;

  @Field(() => Int, { nullable: true, description: '1–12; none for the whole year' })
  @Property({ type: 'smallint', nullable: true })
  month?: number | null;
}
