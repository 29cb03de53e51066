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

const PERSON_STAND_IN = 'Whose notifications. Stand-in until access control: then always the signed-in person';

@ArgsType()
class NotificationsArgs {
  @Field(() => ID, { description: PERSON_STAND_IN })
  personId!: string;

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
  @Query(() => [Notification], { description: "A person's deadline notifications, the newest first" })
  notifications(
    @Args(() => NotificationsArgs) { personId, unreadOnly, first }: NotificationsArgs,
    @Ctx() { em }: Context,
  ) {
    return listNotifications({ em, personId, unreadOnly, limit: first });
  }

  @Query(() => Int)
  unreadNotificationCount(
    @Arg('personId', () => ID, { description: PERSON_STAND_IN }) personId: string,
    @Ctx() { em }: Context,
  ) {
    return countUnreadNotifications({ em, personId });
  }

  @Mutation(() => Notification)
  markNotificationRead(
    @Arg('id', () => ID) id: string,
    @Arg('read', () => Boolean, { defaultValue: true, description: 'false marks it unread again' }) read: boolean,
    @Ctx() { em, now }: Context,
  ) {
    return markNotificationRead({ em, id, read, now: now() });
  }

  @Mutation(() => Int, { description: "Marks all of a person's notifications read; returns how many were unread" })
  markAllNotificationsRead(
    @Arg('personId', () => ID, { description: PERSON_STAND_IN }) personId: string,
    @Ctx() { em, now }: Context,
  ) {
    return markAllNotificationsRead({ em, personId, now: now() });
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
