import { auditPolicy } from './audit/audit.policy';
import { accountPolicy } from './auth/account.policy';
import type { Policy, Rules } from './auth/authorize';
import { budgetPolicy } from './budget/budget.policy';
import { calendarFeedPolicy } from './calendars/calendar-feed.policy';
import { committeePolicy } from './committees/committee.policy';
import { livePolicy } from './live/live.policy';
import { meetingPolicy } from './meetings/meeting.policy';
import { meetingTemplatePolicy } from './meetings/meeting-template.policy';
import { notificationPolicy } from './notifications/notification.policy';
import { directoryPolicy } from './people/directory.policy';
import { protocolPolicy } from './protocols/protocol.policy';
import { regionPolicy } from './regions/region.policy';
import { positionPolicy } from './tables/position.policy';
import { workingTablePolicy } from './tables/working-table.policy';
import { taskPolicy } from './tasks/task.policy';

/** Every policy of the server: their viewer rules make `me.viewerCan`, and the matrix spec checks each action. */
export const POLICIES: readonly Policy<Rules>[] = [
  meetingPolicy,
  meetingTemplatePolicy,
  livePolicy,
  workingTablePolicy,
  positionPolicy,
  taskPolicy,
  protocolPolicy,
  committeePolicy,
  calendarFeedPolicy,
  notificationPolicy,
  budgetPolicy,
  regionPolicy,
  accountPolicy,
  directoryPolicy,
  auditPolicy,
];
