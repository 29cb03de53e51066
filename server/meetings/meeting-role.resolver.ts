import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { VIEWER_CAN } from '../auth/capabilities';
import type { Context } from '../context';
import { Person } from '../people/person.entity';
import { MeetingCapabilities } from './meeting.capabilities';
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

  @FieldResolver(() => MeetingCapabilities.type, { description: `What the viewer may do with it; ${VIEWER_CAN}` })
  viewerCan(@Root() role: MeetingRole, @Ctx() { roles }: Context) {
    return MeetingCapabilities.of(roles, role.meeting.loadOrFail());
  }
}
