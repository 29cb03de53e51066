import { Entity, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../common/base.entity';
import { Organization } from '../organizations/organization.entity';

@ObjectType()
@Entity()
export class Person extends BaseEntity {
  @Field(() => String)
  @Property({ type: 'text' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Academic or official title, e.g. "Prof. Dr."' })
  @Property({ type: 'text', nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'Function as written, e.g. "Referent in der Abteilung Jugend"' })
  @Property({ type: 'text', nullable: true })
  roleText?: string | null;

  @ManyToOne(() => Organization, { nullable: true, ref: true, deleteRule: 'set null' })
  organization?: Ref<Organization> | null;
}
