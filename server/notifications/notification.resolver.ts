import { IsInt, Max, Min } from 'class-validator';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { Task } from '../tasks/task.entity';
import { Notification } from './notification.entity';
import {
  countUnreadNotifications,
  listNotifications,
  markAllNotificationsRead,
  markNotificationRead,
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

  @FieldResolver(() => Task)
  task(@Root() notification: Notification): Promise<Task> {
    return notification.task.loadOrFail();
  }

  @FieldResolver(() => Boolean)
  read(@Root() notification: Notification): boolean {
    return Boolean(notification.readAt);
  }
}
