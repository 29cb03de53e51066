import { admin, definePolicy, signedInUser, viewerRule } from '../auth/authorize';

/** Meeting templates: everyone signed in picks from them; admins keep the list (`me.viewerCan.meetingTemplate`). */
export const meetingTemplatePolicy = definePolicy('meeting template', {
  read: viewerRule(signedInUser),
  manage: viewerRule(admin),
});
