import { Entity, Enum, Property } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../common/base.entity';

export enum OrganizationKind {
  YOUTH_OFFICE = 'YOUTH_OFFICE',
  PROVIDER = 'PROVIDER',
  SCHOOL_AUTHORITY = 'SCHOOL_AUTHORITY',
  HEALTH_AUTHORITY = 'HEALTH_AUTHORITY',
  SENATE_ADMINISTRATION = 'SENATE_ADMINISTRATION',
  WELFARE_ASSOCIATION = 'WELFARE_ASSOCIATION',
  UNIVERSITY = 'UNIVERSITY',
  OTHER = 'OTHER',
}
registerEnumType(OrganizationKind, { name: 'OrganizationKind' });

/** A youth office, an independent provider ("freier Träger"), an authority or another body of people. */
@ObjectType()
@Entity()
export class Organization extends BaseEntity {
  @Field(() => String)
  @Property({ type: 'text' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Short form as people write it, e.g. "JugA"' })
  @Property({ type: 'text', nullable: true })
  shortName?: string | null;

  @Field(() => OrganizationKind)
  @Enum({ items: () => OrganizationKind })
  kind!: OrganizationKind;
}
