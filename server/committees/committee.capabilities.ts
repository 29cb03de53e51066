import { capabilitiesOf } from '../auth/capabilities';
import { CalendarFeedCapabilities } from '../calendars/calendar-feed.policy';
import { committeePolicy } from './committee.policy';

/** A committee's capabilities carry those of its calendar feeds: `committee.viewerCan.calendarFeed.manage`. */
export const CommitteeCapabilities = capabilitiesOf(committeePolicy, {
  calendarFeed: { capabilities: CalendarFeedCapabilities, subject: (committee) => committee },
});
