import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { authorize, may } from '../auth/authorize';
import { VIEWER_CAN } from '../auth/capabilities';
import { Guest } from '../auth/guest.entity';
import { Public } from '../auth/public';
import { Committee } from '../committees/committee.entity';
import { findOrFail } from '../common/find';
import type { Context } from '../context';
import { Person } from '../people/person.entity';
import { WorkingTable } from '../tables/working-table.entity';
import { Task } from '../tasks/task.entity';
import { Contribution } from './contribution.entity';
import { Invitation } from './invitation.entity';
import { MeetingCapabilities } from './meeting.capabilities';
import { Meeting } from './meeting.entity';
import { CreateMeetingInput, InviteInput, UpdateMeetingInput } from './meeting.inputs';
import { meetingPolicy } from './meeting.policy';
import { createMeeting, deleteMeeting, invite, removeInvitation, updateMeeting } from './meeting.service';
import { MeetingRole, MeetingRoleKind } from './meeting-role.entity';
import { MeetingSummary, summaryOf } from './meeting-summary.type';

@Resolver(() => Meeting)
export class MeetingResolver {
  @Query(() => [Meeting], { description: 'The meetings the viewer takes part in, the most recent first' })
  async meetings(@Ctx() ctx: Context): Promise<Meeting[]> {
    return ctx.em.find(Meeting, await ctx.roles.meetingsTakenPart(), { orderBy: { startsAt: 'desc' } });
  }

  @Query(() => Meeting)
  async meeting(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Meeting> {
    const meeting = await findOrFail(ctx.em, Meeting, id);
    await authorize(ctx, meetingPolicy, 'read', meeting);
    return meeting;
  }

  @Public()
  @Query(() => [MeetingSummary], { description: 'Summaries that facilitators published; readable without signing in' })
  async publicMeetings(@Ctx() { em }: Context): Promise<MeetingSummary[]> {
    const meetings = await em.find(Meeting, { publishedAt: { $ne: null } }, { orderBy: { startsAt: 'desc' } });
    return meetings.map(summaryOf);
  }

  @Mutation(() => Meeting, { description: "The creator becomes the meeting's facilitator" })
  createMeeting(@Arg('input', () => CreateMeetingInput) input: CreateMeetingInput, @Ctx() ctx: Context) {
    return createMeeting({ ctx, input });
  }

  @Mutation(() => Meeting)
  updateMeeting(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateMeetingInput) input: UpdateMeetingInput,
    @Ctx() ctx: Context,
  ) {
    return updateMeeting({ ctx, id, input });
  }

  @Mutation(() => ID)
  deleteMeeting(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<string> {
    return deleteMeeting({ ctx, id });
  }

  @Mutation(() => Invitation)
  invite(@Arg('input', () => InviteInput) input: InviteInput, @Ctx() ctx: Context) {
    return invite({ ctx, input });
  }

  @Mutation(() => ID)
  removeInvitation(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<string> {
    return removeInvitation({ ctx, id });
  }

  @FieldResolver(() => MeetingRoleKind, { nullable: true, description: "The viewer's role here, if any" })
  async viewerRole(@Root() meeting: Meeting, @Ctx() { roles }: Context): Promise<MeetingRoleKind | null> {
    if (await roles.facilitates(meeting.id)) return MeetingRoleKind.FACILITATOR;
    return (await roles.participates(meeting.id)) ? MeetingRoleKind.PARTICIPANT : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'The code guests join with; shown to facilitators only' })
  async joinCode(@Root() meeting: Meeting, @Ctx() ctx: Context): Promise<string | null> {
    return (await may(ctx, meetingPolicy, 'manage', meeting)) ? (meeting.joinCode ?? null) : null;
  }

  @FieldResolver(() => [Guest], { description: 'Who joined with the join code; facilitators only' })
  async guests(@Root() meeting: Meeting, @Ctx() ctx: Context): Promise<Guest[]> {
    await authorize(ctx, meetingPolicy, 'manage', meeting);
    return ctx.em.find(Guest, { meeting }, { orderBy: { createdAt: 'asc' } });
  }

  @FieldResolver(() => [MeetingRole], { description: 'Facilitators and named participants' })
  roles(@Root() meeting: Meeting): Promise<MeetingRole[]> {
    return meeting.roles.loadItems();
  }

  @FieldResolver(() => Committee, { nullable: true })
  async hostCommittee(@Root() meeting: Meeting): Promise<Committee | null> {
    return (await meeting.hostCommittee?.load()) ?? null;
  }

  @FieldResolver(() => Person, { nullable: true })
  async protocolAuthor(@Root() meeting: Meeting): Promise<Person | null> {
    return (await meeting.protocolAuthor?.load()) ?? null;
  }

  @FieldResolver(() => [Invitation])
  invitations(@Root() meeting: Meeting): Promise<Invitation[]> {
    return meeting.invitations.loadItems();
  }

  @FieldResolver(() => [Contribution])
  contributions(@Root() meeting: Meeting): Promise<Contribution[]> {
    return meeting.contributions.loadItems();
  }

  @FieldResolver(() => [WorkingTable])
  workingTables(@Root() meeting: Meeting): Promise<WorkingTable[]> {
    return meeting.workingTables.loadItems();
  }

  @FieldResolver(() => [Task])
  tasks(@Root() meeting: Meeting): Promise<Task[]> {
    return meeting.tasks.loadItems();
  }

  @FieldResolver(() => MeetingCapabilities.type, { description: `What the viewer may do with it; ${VIEWER_CAN}` })
  viewerCan(@Root() meeting: Meeting, @Ctx() { roles }: Context) {
    return MeetingCapabilities.of(roles, meeting);
  }
}
