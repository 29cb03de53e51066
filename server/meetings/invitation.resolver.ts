import { FieldResolver, Resolver, Root } from 'type-graphql';
import { loadParty, Party, type PartyEntity } from '../common/party';
import { Invitation } from './invitation.entity';

@Resolver(() => Invitation)
export class InvitationResolver {
  @FieldResolver(() => Party)
  async invitee(@Root() invitation: Invitation): Promise<PartyEntity> {
    const party = await loadParty(invitation);
    if (!party) throw new Error(`invitation ${invitation.id} names no invitee`);
    return party;
  }
}
