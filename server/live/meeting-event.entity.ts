import { Entity, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import type { Meeting } from '../meetings/meeting.entity';

/**
 * One stored live event of a meeting. `seq` counts per meeting without gaps, in commit order
 * (see live-transaction.ts), so a client that knows the last seq it saw can ask for the rest.
 */
@Entity({ tableName: 'meeting_event' })
export class MeetingEventRecord {
  @ManyToOne({ entity: 'Meeting', primary: true, ref: true, deleteRule: 'cascade' })
  meeting!: Ref<Meeting>;

  @PrimaryKey({ type: 'integer', autoincrement: false })
  seq!: number;

  /** The GraphQL type name of the event, e.g. "PositionEdited". */
  @Property({ type: 'text' })
  type!: string;

  @Property({ type: 'jsonb' })
  payload!: object;

  @Property({ type: 'timestamptz' })
  createdAt!: Date;
}
