import { Field, ID, Int, ObjectType } from 'type-graphql';
import { VoteTally } from './workshop.events';

@ObjectType({ description: "A participant's own dots on one table" })
export class VoteBalance {
  @Field(() => ID)
  tableId!: string;

  @Field(() => Int)
  budget!: number;

  @Field(() => Int)
  used!: number;

  @Field(() => Int)
  remaining!: number;

  @Field(() => [VoteTally], { description: 'Where the dots went' })
  dots!: VoteTally[];
}
