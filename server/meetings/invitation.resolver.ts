import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { VIEWER_CAN } from '../auth/capabilities';
import { loadParty, Party, type PartyEntity } from '../common/party';
import type { Context } from '../context';
import { Invitation } from './invitation.entity';
import { MeetingCapabilities } from './meeting.capabilities';

@Resolver(() => Invitation)
export class InvitationResolver {
  @FieldResolver(() => Party)
  async invitee(@Root() invitation: Invitation): Promise<PartyEntity> {
    const party = await loadParty(invitation);
    if (!party) throw new Error(`invitation ${invitation.id} names no invitee`);
    return party;
  }

  @FieldResolver(() => MeetingCapabilities.type, { description: `What the viewer may do with it; ${VIEWER_CAN}` })
  viewerCan(@Root() invitation: Invitation, @Ctx() { roles }: Context) {
    return MeetingCapabilities.of(roles, invitation.meeting.loadOrFail());
  }
}
