import { Entity, type Opt, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../common/base.entity';

/**
 * The standard service areas ("Leistungsbereiche"); the migration creates them in every
 * database, and key figures find the areas they need by these codes. Custom areas add codes of
 * their own.
 */
export const STANDARD_SERVICE_AREAS = [
  { code: 'HZE_AMBULANT', name: 'HzE ambulant' },
  { code: 'HZE_STATIONAER', name: 'HzE stationär' },
  { code: 'NON_CASE_SPECIFIC', name: 'Fallunspezifische Arbeit' },
  { code: 'SOCIAL_SPACE_WORK', name: 'Sozialräumliches Arbeiten' },
  { code: 'CENTRAL_SERVICES', name: 'Zentrale Leistungen' },
  { code: 'YOUTH_WORK', name: 'Jugendförderung' },
  { code: 'SCHOOL_SOCIAL_WORK', name: 'Schulsozialarbeit' },
  { code: 'OTHER', name: 'Sonstiges' },
] as const;

export type StandardAreaCode = (typeof STANDARD_SERVICE_AREAS)[number]['code'];

/** A service area a budget figure or case count belongs to. */
@ObjectType()
@Entity()
export class ServiceArea extends BaseEntity {
  @Field(() => String, { description: 'Stable code, e.g. HZE_AMBULANT; custom areas use their own' })
  @Property({ type: 'text', unique: true })
  code!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  name!: string;

  @Field(() => Boolean, { description: 'One of the standard areas, which cannot be renamed in code or deleted' })
  @Property({ type: 'boolean' })
  builtIn: boolean & Opt = false;

  @Field(() => Int)
  @Property({ type: 'integer' })
  order: number & Opt = 0;
}
