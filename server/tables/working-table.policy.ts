import { definePolicy } from '../auth/authorize';
import { capabilitiesOf } from '../auth/capabilities';
import { meetingPolicy, writesIn } from '../meetings/meeting.policy';
import type { WorkingTable } from './working-table.entity';

/** A meeting's working tables; setting one up follows the meeting's `manage`. */
export const workingTablePolicy = definePolicy('working table', {
  /** Write a position at it: participants of an open meeting (guests included); facilitators always. */
  addPosition: async (roles, table: WorkingTable) => writesIn(roles, await table.meeting.loadOrFail()),
  /** Rename, reorder, remove, lock it, set its vote budget, confirm its top five: the meeting's facilitators. */
  manage: async (roles, table: WorkingTable) => meetingPolicy.rules.manage(roles, await table.meeting.loadOrFail()),
});

export const WorkingTableCapabilities = capabilitiesOf(workingTablePolicy);
