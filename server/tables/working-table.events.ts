import { Field, ID, Int, ObjectType } from 'type-graphql';
import { LiveEventType, MeetingEvent } from '../live/meeting-event.type';
import { type WorkingTable, WorkingTableKind } from './working-table.entity';

@ObjectType({ description: 'A working table as live events show it' })
export class TableState {
  @Field(() => ID)
  id!: string;

  @Field(() => WorkingTableKind)
  kind!: WorkingTableKind;

  @Field(() => String)
  title!: string;

  @Field(() => Int)
  order!: number;

  @Field(() => Boolean)
  locked!: boolean;

  @Field(() => Int)
  voteBudget!: number;
}

export function tableState(table: WorkingTable): TableState {
  const { id, kind, title, order, locked, voteBudget } = table;
  return { id, kind, title, order, locked, voteBudget };
}

@LiveEventType('A working table was set up, renamed, locked or unlocked, or got another vote budget')
export class TableChanged extends MeetingEvent {
  @Field(() => TableState)
  table!: TableState;
}

@LiveEventType('A working table was removed with its positions')
export class TableRemoved extends MeetingEvent {
  @Field(() => ID)
  tableId!: string;
}
