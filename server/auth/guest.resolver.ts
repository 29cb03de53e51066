import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { MeetingCapabilities } from '../meetings/meeting.capabilities';
import { Meeting } from '../meetings/meeting.entity';
import { VIEWER_CAN } from './capabilities';
import { Guest } from './guest.entity';

@Resolver(() => Guest)
export class GuestResolver {
  @FieldResolver(() => Meeting, { description: 'The one meeting the guest joined' })
  meeting(@Root() guest: Guest): Promise<Meeting> {
    return guest.meeting.loadOrFail();
  }

  @FieldResolver(() => MeetingCapabilities.type, { description: `What the viewer may do with it; ${VIEWER_CAN}` })
  viewerCan(@Root() guest: Guest, @Ctx() { roles }: Context) {
    return MeetingCapabilities.of(roles, guest.meeting.loadOrFail());
  }
}
