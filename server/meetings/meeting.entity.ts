import { Collection, Entity, Enum, ManyToOne, OneToMany, type Opt, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Committee } from '../committees/committee.entity';
import { BaseEntity } from '../common/base.entity';
import { DateTimeScalar } from '../common/scalars';
import { Person } from '../people/person.entity';
import { WorkingTable } from '../tables/working-table.entity';
import { Task } from '../tasks/task.entity';
import { WorkshopPhase } from '../workshops/workshop.entity';
import { Contribution } from './contribution.entity';
import { Invitation } from './invitation.entity';
import { ALL_PHASES } from './meeting-plan';
import { MeetingRole } from './meeting-role.entity';

/** A meeting or workshop ("Veranstaltung", "Sitzung"). */
@ObjectType()
@Entity()
export class Meeting extends BaseEntity {
  @Field(() => String)
  @Property({ type: 'text' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'What the meeting is for, as the invitation put it' })
  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @Field(() => DateTimeScalar)
  @Property({ type: 'timestamptz' })
  startsAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  endsAt?: Date | null;

  @Field(() => Boolean, { description: 'True when only the day is known, not the hour' })
  @Property({ type: 'boolean' })
  allDay: boolean & Opt = false;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  place?: string | null;

  @ManyToOne(() => Committee, { nullable: true, ref: true, deleteRule: 'set null' })
  hostCommittee?: Ref<Committee> | null;

  @ManyToOne(() => Person, { nullable: true, ref: true, deleteRule: 'set null' })
  protocolAuthor?: Ref<Person> | null;

  @Field(() => String, {
    nullable: true,
    description: 'Footnote of the protocol, e.g. that contributions are abridged',
  })
  @Property({ type: 'text', nullable: true })
  protocolFootnote?: string | null;

  /** The code guests type to join; see joinOpen. Shown to facilitators only. */
  @Property({ type: 'text', nullable: true, unique: true })
  joinCode?: string | null;

  @Field(() => Boolean, { description: 'Whether guests may join with the join code now' })
  @Property({ type: 'boolean' })
  joinOpen: boolean & Opt = false;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'Set when a facilitator closed the meeting; participants then only read',
  })
  @Property({ type: 'timestamptz', nullable: true })
  closedAt?: Date | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'Set while a facilitator publishes the summary to everyone',
  })
  @Property({ type: 'timestamptz', nullable: true })
  publishedAt?: Date | null;

  @Field(() => [WorkshopPhase], {
    description: 'The working phases the workshop runs through, in order, PREPARE first; CLOSED always follows',
  })
  @Enum({ items: () => WorkshopPhase, array: true })
  phases: WorkshopPhase[] & Opt = [...ALL_PHASES];

  @Field(() => Boolean, { description: "Whether the meeting reviews its host body's open next steps (openSteps)" })
  @Property({ type: 'boolean' })
  reviewsOpenSteps: boolean & Opt = false;

  @Field(() => Int, {
    description:
      'Sequence number of the newest live event; subscribe to meetingEvents with afterSeq set to it to continue from what this query showed',
  })
  @Property({ type: 'integer' })
  eventSeq: number & Opt = 0;

  @OneToMany(
    () => Invitation,
    (invitation) => invitation.meeting,
    { orderBy: { order: 'asc' } },
  )
  invitations = new Collection<Invitation>(this);

  @OneToMany(
    () => Contribution,
    (contribution) => contribution.meeting,
    { orderBy: { order: 'asc' } },
  )
  contributions = new Collection<Contribution>(this);

  @OneToMany(
    () => WorkingTable,
    (table) => table.meeting,
    { orderBy: { order: 'asc' } },
  )
  workingTables = new Collection<WorkingTable>(this);

  @OneToMany(
    () => Task,
    (task) => task.meeting,
    { orderBy: { order: 'asc', createdAt: 'asc' } },
  )
  tasks = new Collection<Task>(this);

  @OneToMany(
    () => MeetingRole,
    (role) => role.meeting,
    { orderBy: { role: 'asc', createdAt: 'asc' } },
  )
  roles = new Collection<MeetingRole>(this);
}
