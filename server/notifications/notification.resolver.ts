import { IsInt, Max, Min } from 'class-validator';
import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
  Subscription,
} from 'type-graphql';
import { VIEWER_CAN } from '../auth/capabilities';
import type { Context } from '../context';
import { Task } from '../tasks/task.entity';
import { Notification } from './notification.entity';
import type { NotificationCreated } from './notification.events';
import { NotificationCapabilities } from './notification.policy';
import {
  countUnreadNotifications,
  listNotifications,
  markAllNotificationsRead,
  markNotificationRead,
  subscribeToNotifications,
} from './notification.service';

@ArgsType()
class NotificationsArgs {
  @Field(() => Boolean, { defaultValue: false })
  unreadOnly!: boolean;

  @Field(() => Int, { defaultValue: 50 })
  @IsInt()
  @Min(1)
  @Max(200)
  first!: number;
}

@Resolver(() => Notification)
export class NotificationResolver {
  @Query(() => [Notification], {
    description: "The viewer's deadline notifications, the newest first; none for guests",
  })
  notifications(@Args(() => NotificationsArgs) { unreadOnly, first }: NotificationsArgs, @Ctx() ctx: Context) {
    return listNotifications({ ctx, unreadOnly, limit: first });
  }

  @Query(() => Int, { description: "How many of the viewer's notifications are unread" })
  unreadNotificationCount(@Ctx() ctx: Context) {
    return countUnreadNotifications({ ctx });
  }

  @Mutation(() => Notification, { description: "Marks one of the viewer's notifications read (or unread)" })
  markNotificationRead(
    @Arg('id', () => ID) id: string,
    @Arg('read', () => Boolean, { defaultValue: true, description: 'false marks it unread again' }) read: boolean,
    @Ctx() ctx: Context,
  ) {
    return markNotificationRead({ ctx, id, read });
  }

  @Mutation(() => Int, { description: "Marks all of the viewer's notifications read; returns how many were unread" })
  markAllNotificationsRead(@Ctx() ctx: Context) {
    return markAllNotificationsRead({ ctx });
  }

  @Subscription(() => Notification, {
    description: "The viewer's deadline notifications as the deadline job creates them; refused for guests",
    subscribe: ({ context }) => subscribeToNotifications(context as Context),
  })
  notificationReceived(@Root() event: NotificationCreated, @Ctx() ctx: Context): Promise<Notification> {
    // Each event in an EntityManager of its own, so a long subscription holds no stale records.
    return ctx.em.fork().findOneOrFail(Notification, event.notificationId);
  }

  @FieldResolver(() => Task)
  task(@Root() notification: Notification): Promise<Task> {
    return notification.task.loadOrFail();
  }

  @FieldResolver(() => Boolean)
  read(@Root() notification: Notification): boolean {
    return Boolean(notification.readAt);
  }

  @FieldResolver(() => NotificationCapabilities.type, { description: `What the viewer may do with it; ${VIEWER_CAN}` })
  viewerCan(@Root() notification: Notification, @Ctx() { roles }: Context) {
    return NotificationCapabilities.of(roles, notification);
  }
}
