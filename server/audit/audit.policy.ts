import { definePolicy, signedInUser, viewerRule } from '../auth/authorize';
import { capabilitiesOf } from '../auth/capabilities';

/** The audit log. */
export const auditPolicy = definePolicy('audit log', {
  /** Users may ask; admins then read everything, facilitators what concerns their meetings. */
  read: viewerRule(signedInUser),
  /** One meeting's trail: its facilitators (and admins). */
  readMeeting: (roles, meetingId: string) => roles.facilitates(meetingId),
});

export const AuditLogCapabilities = capabilitiesOf(auditPolicy);
