import { AuditLogCapabilities } from '../audit/audit.policy';
import { capabilitiesOf } from '../auth/capabilities';
import { WorkshopCapabilities } from '../live/live.policy';
import { ProtocolCapabilities } from '../protocols/protocol.policy';
import { meetingPolicy } from './meeting.policy';

/**
 * A meeting's capabilities, with those of the policies asked about the same meeting:
 * `meeting.viewerCan { manage protocol { edit } workshop { vote } auditLog { readMeeting } }`.
 * Contributions, invitations, roles and guests answer with their meeting's.
 */
export const MeetingCapabilities = capabilitiesOf(meetingPolicy, {
  protocol: { capabilities: ProtocolCapabilities, subject: (meeting) => meeting },
  workshop: { capabilities: WorkshopCapabilities, subject: (meeting) => meeting },
  auditLog: { capabilities: AuditLogCapabilities, subject: (meeting) => meeting.id },
});
