import { definePolicy, signedInUser } from '../auth/authorize';

/** The audit log. */
export const auditPolicy = definePolicy('audit log', {
  /** Users may ask; admins then read everything, facilitators what concerns their meetings. */
  read: signedInUser,
  /** One meeting's trail: its facilitators (and admins). */
  readMeeting: (roles, meetingId: string) => roles.facilitates(meetingId),
});
