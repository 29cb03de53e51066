import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { Person } from '../people/person.entity';
import { Attendee } from './attendee.entity';
import { AddAttendeeInput, UpdateAttendeeInput } from './attendee.inputs';
import { addAttendee, removeAttendee, updateAttendee } from './attendee.service';

@Resolver(() => Attendee)
export class AttendeeResolver {
  @Mutation(() => Attendee, { description: 'Puts someone who came on the attendance list; facilitators' })
  addAttendee(@Arg('input', () => AddAttendeeInput) input: AddAttendeeInput, @Ctx() ctx: Context) {
    return addAttendee({ ctx, input });
  }

  @Mutation(() => Attendee, { description: 'Corrects a line of the attendance list, or marks it absent; facilitators' })
  updateAttendee(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateAttendeeInput) input: UpdateAttendeeInput,
    @Ctx() ctx: Context,
  ) {
    return updateAttendee({ ctx, id, input });
  }

  @Mutation(() => ID, { description: 'Takes a line off the attendance list; facilitators' })
  removeAttendee(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<string> {
    return removeAttendee({ ctx, id });
  }

  @FieldResolver(() => Person, { nullable: true, description: 'The person from the directory, if it is one' })
  async person(@Root() attendee: Attendee): Promise<Person | null> {
    return (await attendee.person?.load()) ?? null;
  }
}
