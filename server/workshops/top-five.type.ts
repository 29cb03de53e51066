import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType()
export class PlacedPosition {
  @Field(() => ID)
  positionId!: string;

  @Field(() => Int)
  dots!: number;

  @Field(() => Int, { description: 'Equal dots share a place (1, 2, 2, 4)' })
  place!: number;
}

@ObjectType()
export class TopFiveTie {
  @Field(() => Int)
  place!: number;

  @Field(() => Int)
  dots!: number;

  @Field(() => [ID])
  positionIds!: string[];

  @Field(() => Boolean, { description: 'Part of the tie made the proposal and part did not' })
  atCutoff!: boolean;
}

@ObjectType({ description: "The server's proposal of a table's five most important points, by dots" })
export class TopFiveProposal {
  @Field(() => [PlacedPosition])
  proposed!: PlacedPosition[];

  @Field(() => [TopFiveTie])
  ties!: TopFiveTie[];
}
