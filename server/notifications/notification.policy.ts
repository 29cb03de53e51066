import { definePolicy } from '../auth/authorize';
import { capabilitiesOf } from '../auth/capabilities';
import type { Notification } from './notification.entity';

/**
 * Deadline notifications are personal: lists always show the viewer's own (guests, who own
 * nothing, have none), and a notification is marked read by its recipient only; admins too
 * leave other people's inboxes alone.
 */
export const notificationPolicy = definePolicy('notification', {
  mark: (roles, notification: Notification) => roles.personId === notification.person.id,
});

export const NotificationCapabilities = capabilitiesOf(notificationPolicy);
