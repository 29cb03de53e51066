import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { VIEWER_CAN } from '../auth/capabilities';
import type { Context } from '../context';
import { Person } from '../people/person.entity';
import { Attendee } from './attendee.entity';
import { AddAttendeeInput, UpdateAttendeeInput } from './attendee.inputs';
import { addAttendee, removeAttendee, updateAttendee } from './attendee.service';
import { MeetingCapabilities } from './meeting.capabilities';

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

  @FieldResolver(() => MeetingCapabilities.type, { description: `What the viewer may do with it; ${VIEWER_CAN}` })
  viewerCan(@Root() attendee: Attendee, @Ctx() { roles }: Context) {
    return MeetingCapabilities.of(roles, attendee.meeting.loadOrFail());
  }
}
