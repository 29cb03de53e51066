import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { Person } from '../people/person.entity';
import { SetMeetingRoleInput } from './meeting.inputs';
import { MeetingRole } from './meeting-role.entity';
import { removeMeetingRole, setMeetingRole } from './meeting-role.service';

@Resolver(() => MeetingRole)
export class MeetingRoleResolver {
  @Mutation(() => MeetingRole, { description: 'Makes a person facilitator or participant of a meeting' })
  setMeetingRole(@Arg('input', () => SetMeetingRoleInput) input: SetMeetingRoleInput, @Ctx() ctx: Context) {
    return setMeetingRole({ ctx, input });
  }

  @Mutation(() => ID)
  removeMeetingRole(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<string> {
    return removeMeetingRole({ ctx, id });
  }

  @FieldResolver(() => Person)
  person(@Root() role: MeetingRole): Promise<Person> {
    return role.person.loadOrFail();
  }
}
