import { FieldResolver, Resolver, Root } from 'type-graphql';
import { Meeting } from '../meetings/meeting.entity';
import { Guest } from './guest.entity';

@Resolver(() => Guest)
export class GuestResolver {
  @FieldResolver(() => Meeting, { description: 'The one meeting the guest joined' })
  meeting(@Root() guest: Guest): Promise<Meeting> {
    return guest.meeting.loadOrFail();
  }
}
