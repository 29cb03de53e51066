import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'The text of a position after a co-edit' })
export class PositionText {
  @Field(() => ID)
  positionId!: string;

  @Field(() => String)
  text!: string;

  @Field(() => Int)
  textVersion!: number;
}

@ObjectType({ description: "A position's Yjs document, for a co-editing client to start from" })
export class PositionDoc extends PositionText {
  @Field(() => String, { description: 'The whole document as a Yjs update (v1 encoding), base64' })
  state!: string;
}
