import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { findOrFail } from '../common/find';
import { Committee } from '../committees/committee.entity';
import type { Context } from '../context';
import { Person } from '../people/person.entity';
import { WorkingTable } from '../tables/working-table.entity';
import { Task } from '../tasks/task.entity';
import { Contribution } from './contribution.entity';
import { Invitation } from './invitation.entity';
import { Meeting } from './meeting.entity';
import { CreateMeetingInput, InviteInput, UpdateMeetingInput } from './meeting.inputs';
import { createMeeting, deleteMeeting, invite, removeInvitation, updateMeeting } from './meeting.service';

@Resolver(() => Meeting)
export class MeetingResolver {
  @Query(() => [Meeting], { description: 'Meetings, the most recent first' })
  meetings(@Ctx() { em }: Context): Promise<Meeting[]> {
    return em.find(Meeting, {}, { orderBy: { startsAt: 'desc' } });
  }

  @Query(() => Meeting)
  meeting(@Arg('id', () => ID) id: string, @Ctx() { em }: Context): Promise<Meeting> {
    return findOrFail(em, Meeting, id);
  }

  @Mutation(() => Meeting)
  createMeeting(@Arg('input', () => CreateMeetingInput) input: CreateMeetingInput, @Ctx() { em }: Context) {
    return createMeeting({ em, input });
  }

  @Mutation(() => Meeting)
  updateMeeting(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateMeetingInput) input: UpdateMeetingInput,
    @Ctx() { em }: Context,
  ) {
    return updateMeeting({ em, id, input });
  }

  @Mutation(() => ID)
  deleteMeeting(@Arg('id', () => ID) id: string, @Ctx() { em }: Context): Promise<string> {
    return deleteMeeting({ em, id });
  }

  @Mutation(() => Invitation)
  invite(@Arg('input', () => InviteInput) input: InviteInput, @Ctx() { em }: Context) {
    return invite({ em, input });
  }

  @Mutation(() => ID)
  removeInvitation(@Arg('id', () => ID) id: string, @Ctx() { em }: Context): Promise<string> {
    return removeInvitation({ em, id });
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
}
