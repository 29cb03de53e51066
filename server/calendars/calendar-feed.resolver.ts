import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { LIMITS } from '../../schema/limits';
import { VIEWER_CAN } from '../auth/capabilities';
import { OptionalText } from '../common/fields';
import { Party, type PartyEntity } from '../common/party';
import type { Context } from '../context';
import { CalendarFeed } from './calendar-feed.entity';
import { CalendarFeedCapabilities } from './calendar-feed.policy';
import {
  type CalendarFeedSecret,
  calendarFeedOwner,
  createCalendarFeed,
  listCalendarFeeds,
  revokeCalendarFeed,
  rotateCalendarFeedToken,
} from './calendar-feed.service';

@ObjectType('CalendarFeedSecret', { description: 'A feed with its secret token, returned only when the token is made' })
class CalendarFeedSecretType implements CalendarFeedSecret {
  @Field(() => CalendarFeed)
  feed!: CalendarFeed;

  @Field(() => String)
  token!: string;

  @Field(() => String, { description: 'Path of the feed on this server, e.g. /calendar/<token>.ics' })
  path!: string;
}

@ArgsType()
class CreateCalendarFeedArgs {
  @Field(() => ID, { description: 'A person, committee or organisation' })
  ownerId!: string;

  @OptionalText(LIMITS.name, { description: 'What the feed is for, e.g. "Handy"' })
  label?: string | null;
}

@Resolver(() => CalendarFeed)
export class CalendarFeedResolver {
  @Query(() => [CalendarFeed], {
    description: 'The calendar feeds of a person or body (without their tokens), for whoever manages them',
  })
  calendarFeeds(@Arg('ownerId', () => ID) ownerId: string, @Ctx() ctx: Context): Promise<CalendarFeed[]> {
    return listCalendarFeeds({ ctx, ownerId });
  }

  @Mutation(() => CalendarFeedSecretType, {
    description: 'Makes an iCalendar feed for a person, committee or organisation',
  })
  createCalendarFeed(
    @Args(() => CreateCalendarFeedArgs) { ownerId, label }: CreateCalendarFeedArgs,
    @Ctx() ctx: Context,
  ): Promise<CalendarFeedSecret> {
    return createCalendarFeed({ ctx, ownerId, label });
  }

  @Mutation(() => CalendarFeedSecretType, {
    description: 'Gives the feed a new secret URL; the old one answers 404 from now on',
  })
  rotateCalendarFeedToken(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<CalendarFeedSecret> {
    return rotateCalendarFeedToken({ ctx, id });
  }

  @Mutation(() => ID, { description: 'Deletes the feed; its URL answers 404 from now on' })
  revokeCalendarFeed(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<string> {
    return revokeCalendarFeed({ ctx, id });
  }

  @FieldResolver(() => Party)
  owner(@Root() feed: CalendarFeed): Promise<PartyEntity> {
    return calendarFeedOwner(feed);
  }

  @FieldResolver(() => CalendarFeedCapabilities.type, { description: `What the viewer may do with it; ${VIEWER_CAN}` })
  viewerCan(@Root() feed: CalendarFeed, @Ctx() { roles }: Context) {
    return CalendarFeedCapabilities.of(roles, calendarFeedOwner(feed));
  }
}
