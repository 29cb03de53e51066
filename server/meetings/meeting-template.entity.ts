import { Entity, type Opt, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../common/base.entity';
import type { TemplateStructure } from './meeting-plan';
import { TemplateStructureType } from './meeting-template.type';

/**
 * A way to start a meeting ("Workshop mit Arbeitstischen", "AG-Sitzung"): its structure is data
 * (phases, tables, agenda items), so admins add and change templates without code.
 */
@ObjectType()
@Entity()
export class MeetingTemplate extends BaseEntity {
  @Field(() => String)
  @Property({ type: 'text' })
  name!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @Field(() => TemplateStructureType)
  @Property({ type: 'jsonb' })
  structure!: TemplateStructure;

  @Field(() => Int)
  @Property({ type: 'integer' })
  order: number & Opt = 0;
}
