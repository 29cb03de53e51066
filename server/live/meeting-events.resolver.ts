import { Arg, ID, Int, Resolver, Root, Subscription } from 'type-graphql';
import type { Context } from '../context';
import { type LiveEvent, MeetingEvent } from './meeting-event.type';
import { openMeetingEvents } from './meeting-events.service';

@Resolver()
export class MeetingEventsResolver {
  @Subscription(() => MeetingEvent, {
    description:
      'The events of a meeting in seq order. With afterSeq, every stored event after it comes first, then the live ones, without gap or duplicate; see README "Live protocol for client authors"',
    subscribe: ({ args, context }) =>
      openMeetingEvents({ ctx: context as Context, meetingId: args.meetingId, afterSeq: args.afterSeq }),
  })
  meetingEvents(
    @Root() event: LiveEvent,
    @Arg('meetingId', () => ID) _meetingId: string,
    @Arg('afterSeq', () => Int, { nullable: true }) _afterSeq?: number,
  ): LiveEvent {
    return event;
  }
}
