import { definePolicy } from '../auth/authorize';
import { capabilitiesOf } from '../auth/capabilities';
import { leadsParty } from '../auth/party-rules';
import type { PartyEntity } from '../common/party';

/**
 * Calendar feeds, asked about the feed's owner. Fetching a feed's `.ics` needs no session: the
 * secret token in its URL is the key.
 */
export const calendarFeedPolicy = definePolicy('calendar feed', {
  /**
   * Create, list, rotate and revoke: a person their own; a committee's feeds its speakers and
   * coordinators; an organisation's admins (as everything, for admins).
   */
  manage: (roles, owner: PartyEntity) => leadsParty(roles, owner),
});

export const CalendarFeedCapabilities = capabilitiesOf(calendarFeedPolicy);
