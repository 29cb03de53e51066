import { definePolicy, signedInUser, viewerRule } from '../auth/authorize';

/** People, organisations, regions and committees: a directory for signed-in users, not for guests. */
export const directoryPolicy = definePolicy('directory', {
  read: viewerRule(signedInUser),
});
