import { Arg, Ctx, ID, Mutation, Resolver, Root, Subscription } from 'type-graphql';
import { SessionResult } from '../auth/me.type';
import { Public } from '../auth/public';
import type { Context } from '../context';
import { Meeting } from './meeting.entity';
import { JoinMeetingInput } from './meeting.inputs';
import { GuestJoined } from './meeting-join.events';
import { closeMeetingJoin, joinMeeting, openMeetingJoin, removeGuest, subscribeToJoins } from './meeting-join.service';

@Resolver()
export class MeetingJoinResolver {
  @Mutation(() => Meeting, {
    description: "Lets guests join with the meeting's join code (a new one if asked or none yet)",
  })
  openMeetingJoin(
    @Arg('meetingId', () => ID) meetingId: string,
    @Arg('newCode', () => Boolean, { defaultValue: false }) newCode: boolean,
    @Ctx() ctx: Context,
  ) {
    return openMeetingJoin({ ctx, meetingId, newCode });
  }

  @Mutation(() => Meeting, { description: 'Stops guests from joining; those who joined stay' })
  closeMeetingJoin(@Arg('meetingId', () => ID) meetingId: string, @Ctx() ctx: Context) {
    return closeMeetingJoin({ ctx, meetingId });
  }

  @Public()
  @Mutation(() => SessionResult, {
    description: 'Joins an open meeting as a guest, without an account; sets the session cookie',
  })
  joinMeeting(
    @Arg('input', () => JoinMeetingInput) input: JoinMeetingInput,
    @Ctx() ctx: Context,
  ): Promise<SessionResult> {
    return joinMeeting({ ctx, input });
  }

  @Mutation(() => ID, { description: 'Sends a guest away: their sessions end; their positions stay' })
  removeGuest(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<string> {
    return removeGuest({ ctx, id });
  }

  @Subscription(() => GuestJoined, {
    description: 'Guests joining the meeting, for its facilitators; ends when the subscriber stops facilitating it',
    subscribe: ({ args, context }) => subscribeToJoins(context as Context, args.meetingId as string),
  })
  meetingJoins(@Root() event: GuestJoined, @Arg('meetingId', () => ID) _meetingId: string): GuestJoined {
    return event;
  }
}
