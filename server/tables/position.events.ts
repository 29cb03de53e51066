import { Field, ID, Int, ObjectType } from 'type-graphql';
import { LiveEventType, MeetingEvent } from '../live/meeting-event.type';
import type { Position } from './position.entity';

@ObjectType({ description: 'A position as live events show it' })
export class PositionState {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  tableId!: string;

  @Field(() => String)
  text!: string;

  @Field(() => String, { nullable: true })
  authorName!: string | null;

  @Field(() => ID, { nullable: true })
  authorId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The guest who wrote it, when written without an account' })
  authorGuestId!: string | null;

  @Field(() => Int)
  version!: number;

  @Field(() => Int)
  textVersion!: number;

  @Field(() => Int, { nullable: true })
  rank!: number | null;

  @Field(() => Int)
  order!: number;

  @Field(() => ID, { nullable: true, description: 'The position this one was merged into' })
  groupId!: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Hidden for moderation: clients of viewers who may not moderate leave it out (null in events stored before cards could be hidden: not hidden)',
  })
  hidden?: boolean | null;
}

export function positionState(position: Position): PositionState {
  return {
    id: position.id,
    tableId: position.table.id,
    text: position.text,
    authorName: position.authorName ?? null,
    authorId: position.author?.id ?? null,
    authorGuestId: position.authorGuest?.id ?? null,
    version: position.version,
    textVersion: position.textVersion,
    rank: position.rank ?? null,
    order: position.order,
    groupId: position.group?.id ?? null,
    hidden: position.hidden,
  };
}

@LiveEventType('A position was written on a table')
export class PositionAdded extends MeetingEvent {
  @Field(() => PositionState)
  position!: PositionState;
}

@LiveEventType('The text of a position changed: apply `update` to the Yjs document, or take `text` as it is')
export class PositionEdited extends MeetingEvent {
  @Field(() => ID)
  positionId!: string;

  @Field(() => ID)
  tableId!: string;

  @Field(() => String, { description: 'The Yjs update (v1 encoding) as base64' })
  update!: string;

  @Field(() => String, { description: 'The whole text after the update' })
  text!: string;

  @Field(() => Int)
  textVersion!: number;

  @Field(() => String, {
    nullable: true,
    description:
      "Who typed it: a person's name or a guest's display name (null in events stored before names were kept)",
  })
  editorName?: string | null;
}

@LiveEventType('A position moved to another table or place, or changed otherwise apart from its text')
export class PositionMoved extends MeetingEvent {
  @Field(() => PositionState)
  position!: PositionState;
}

@LiveEventType('A position was removed; members of its group (if any) stand alone again')
export class PositionRemoved extends MeetingEvent {
  @Field(() => ID)
  positionId!: string;

  @Field(() => ID)
  tableId!: string;
}

@LiveEventType(
  'A facilitator hid a position for moderation, or showed it again; `shown` carries it when shown, never the text of a hidden one',
)
export class PositionHiddenChanged extends MeetingEvent {
  @Field(() => ID)
  positionId!: string;

  @Field(() => ID)
  tableId!: string;

  @Field(() => Boolean)
  hidden!: boolean;

  @Field(() => PositionState, { nullable: true, description: 'The position shown again (null when hidden)' })
  shown!: PositionState | null;
}

@LiveEventType('Positions were merged into a group; every text is kept, votes went to the group')
export class PositionsMerged extends MeetingEvent {
  @Field(() => PositionState)
  group!: PositionState;

  @Field(() => [PositionState], { description: 'All members of the group now' })
  members!: PositionState[];
}

@LiveEventType('A position left its group and stands alone again')
export class PositionSeparated extends MeetingEvent {
  @Field(() => PositionState)
  position!: PositionState;
}

@ObjectType()
export class RankEntry {
  @Field(() => ID)
  positionId!: string;

  @Field(() => Int)
  rank!: number;
}

@LiveEventType("The table's five most important points changed; carries the whole top five")
export class RanksChanged extends MeetingEvent {
  @Field(() => ID)
  tableId!: string;

  @Field(() => [RankEntry], { description: 'By rank, 1 first' })
  ranks!: RankEntry[];
}
