import { Entity, Enum, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../common/base.entity';

export enum RegionKind {
  CITY = 'CITY',
  DISTRICT = 'DISTRICT',
  SOCIAL_SPACE = 'SOCIAL_SPACE',
  OTHER = 'OTHER',
}
registerEnumType(RegionKind, { name: 'RegionKind' });

/** A district or one of its social spaces ("Sozialraum"); a social space names its district as parent. */
@ObjectType()
@Entity()
export class Region extends BaseEntity {
  @Field(() => String)
  @Property({ type: 'text' })
  name!: string;

  @Field(() => RegionKind)
  @Enum({ items: () => RegionKind })
  kind!: RegionKind;

  @ManyToOne(() => Region, { nullable: true, ref: true, deleteRule: 'set null' })
  parent?: Ref<Region> | null;
}
