import { admin, definePolicy, signedInUser } from '../auth/authorize';

/** Meeting templates: everyone signed in picks from them; admins keep the list. */
export const meetingTemplatePolicy = definePolicy('meeting template', {
  read: signedInUser,
  manage: admin,
});
