import { definePolicy, viewerRule } from '../auth/authorize';
import { capabilitiesOf } from '../auth/capabilities';
import type { Meeting } from '../meetings/meeting.entity';
import { meetingPolicy } from '../meetings/meeting.policy';

/**
 * A meeting's protocol follows the meeting's rules. Publishing a protocol version does not make
 * it public: anonymous visitors read only the summary a facilitator published (`publicMeetings`).
 */
export const protocolPolicy = definePolicy('protocol', {
  /** Draft, published versions, diffs, sections and downloads: the meeting's participants, guests included. */
  read: (roles, meeting: Meeting) => meetingPolicy.rules.read(roles, meeting),
  /** Free-text sections and publishing: the meeting's facilitators. */
  edit: (roles, meeting: Meeting) => meetingPolicy.rules.manage(roles, meeting),
  /** Preview and import a protocol as a new meeting: whoever may create meetings; the importer facilitates it. */
  import: viewerRule((roles) => meetingPolicy.rules.create(roles, null)),
});

export const ProtocolCapabilities = capabilitiesOf(protocolPolicy);
