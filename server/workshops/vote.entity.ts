import { Check, Entity, Index, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../common/base.entity';
import type { Participant } from '../live/participant.entity';
import type { Position } from '../tables/position.entity';

/** The dots one participant put on one position (dot voting). */
@Entity()
@Unique({ properties: ['position', 'participant'] })
@Check({ name: 'vote_dots_positive', expression: 'dots > 0' })
export class Vote extends BaseEntity {
  @Index()
  @ManyToOne({ entity: 'Position', ref: true, deleteRule: 'cascade' })
  position!: Ref<Position>;

  @Index()
  @ManyToOne({ entity: 'Participant', ref: true, deleteRule: 'cascade' })
  participant!: Ref<Participant>;

  @Property({ type: 'smallint' })
  dots!: number;
}
