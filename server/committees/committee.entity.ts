import { Collection, Entity, Enum, ManyToOne, OneToMany, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../common/base.entity';
import { Region } from '../regions/region.entity';
import { Membership } from './membership.entity';

export enum CommitteeKind {
  STEERING = 'STEERING',
  WORKING_GROUP = 'WORKING_GROUP',
  OTHER = 'OTHER',
}
registerEnumType(CommitteeKind, { name: 'CommitteeKind' });

/**
 * A standing body: the steering centre SZ² or a working group "AG nach § 78 SGB VIII".
 * Regional AGs name their umbrella body as parent, so a next step owned by "AG" reaches all of them.
 */
@ObjectType()
@Entity()
export class Committee extends BaseEntity {
  @Field(() => String)
  @Property({ type: 'text' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Short form as people write it, e.g. "SZ²" or "AG"' })
  @Property({ type: 'text', nullable: true })
  shortName?: string | null;

  @Field(() => CommitteeKind)
  @Enum({ items: () => CommitteeKind })
  kind!: CommitteeKind;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @ManyToOne(() => Region, { nullable: true, ref: true, deleteRule: 'set null' })
  region?: Ref<Region> | null;

  @ManyToOne(() => Committee, { nullable: true, ref: true, deleteRule: 'set null' })
  parent?: Ref<Committee> | null;

  @OneToMany(
    () => Committee,
    (committee) => committee.parent,
    { orderBy: { name: 'asc' } },
  )
  subcommittees = new Collection<Committee>(this);

  @OneToMany(
    () => Membership,
    (membership) => membership.committee,
    { orderBy: { role: 'asc', createdAt: 'asc' } },
  )
  memberships = new Collection<Membership>(this);
}
