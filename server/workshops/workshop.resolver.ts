import { ref, wrap } from '@mikro-orm/postgresql';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { participantKey } from '../live/live.policy';
import { Participant } from '../live/participant.entity';
import { isPresent, participantState, participantsOf } from '../live/participant.service';
import { ParticipantState } from '../live/presence.events';
import { Meeting } from '../meetings/meeting.entity';
import { Position } from '../tables/position.entity';
import { changeTimer, currentTimer, setPhase, setSpotlight, setVoteVisibility } from './facilitation.service';
import { TimerState } from './timer';
import { votesVisible } from './vote-tally';
import { Workshop, WorkshopPhase } from './workshop.entity';
import { phaseOf } from './workshop-rules';

@Resolver(() => Workshop)
export class WorkshopResolver {
  @Mutation(() => Workshop, { description: 'Moves the workshop to a phase, forward or back (facilitator)' })
  setPhase(
    @Arg('meetingId', () => ID) meetingId: string,
    @Arg('phase', () => WorkshopPhase) phase: WorkshopPhase,
    @Ctx() ctx: Context,
  ): Promise<Workshop> {
    return setPhase({ ctx, meetingId, phase });
  }

  @Mutation(() => Workshop, { description: 'Starts the timer anew with `seconds` (facilitator)' })
  startTimer(
    @Arg('meetingId', () => ID) meetingId: string,
    @Arg('seconds', () => Int) seconds: number,
    @Ctx() ctx: Context,
  ): Promise<Workshop> {
    return changeTimer({ ctx, meetingId, action: { start: seconds } });
  }

  @Mutation(() => Workshop, { description: 'Pauses a running timer (facilitator); CONFLICT when it is not running' })
  pauseTimer(@Arg('meetingId', () => ID) meetingId: string, @Ctx() ctx: Context): Promise<Workshop> {
    return changeTimer({ ctx, meetingId, action: 'pause' });
  }

  @Mutation(() => Workshop, { description: 'Resumes a paused timer (facilitator); CONFLICT when it is not paused' })
  resumeTimer(@Arg('meetingId', () => ID) meetingId: string, @Ctx() ctx: Context): Promise<Workshop> {
    return changeTimer({ ctx, meetingId, action: 'resume' });
  }

  @Mutation(() => Workshop, { description: 'Stops the timer (facilitator)' })
  stopTimer(@Arg('meetingId', () => ID) meetingId: string, @Ctx() ctx: Context): Promise<Workshop> {
    return changeTimer({ ctx, meetingId, action: 'stop' });
  }

  @Mutation(() => Workshop, { description: 'Shows one position to everyone, or none with null (facilitator)' })
  setSpotlight(
    @Arg('meetingId', () => ID) meetingId: string,
    @Arg('positionId', () => ID, { nullable: true }) positionId: string | null,
    @Ctx() ctx: Context,
  ): Promise<Workshop> {
    return setSpotlight({ ctx, meetingId, positionId: positionId ?? null });
  }

  @Mutation(() => Workshop, {
    description: 'Whether vote counts stay hidden until revealed, and revealing them (facilitator); left out keeps',
  })
  setVoteVisibility(
    @Arg('meetingId', () => ID) meetingId: string,
    @Arg('hidden', () => Boolean, { nullable: true }) hidden: boolean | null | undefined,
    @Arg('revealed', () => Boolean, { nullable: true }) revealed: boolean | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<Workshop> {
    return setVoteVisibility({ ctx, meetingId, hidden, revealed });
  }

  @FieldResolver(() => WorkshopPhase, { description: 'CLOSED exactly while the meeting is closed (closedAt set)' })
  async phase(@Root() workshop: Workshop): Promise<WorkshopPhase> {
    return phaseOf(workshop, await workshop.meeting.loadOrFail());
  }

  @FieldResolver(() => TimerState)
  timer(@Root() workshop: Workshop, @Ctx() { now }: Context): TimerState {
    return currentTimer(workshop, now());
  }

  @FieldResolver(() => Position, { nullable: true })
  async spotlight(@Root() workshop: Workshop): Promise<Position | null> {
    return (await workshop.spotlight?.load()) ?? null;
  }

  @FieldResolver(() => Boolean, { description: 'Whether vote counts are shown now' })
  votesVisible(@Root() workshop: Workshop): boolean {
    return votesVisible(workshop);
  }

  @FieldResolver(() => [ParticipantState], { description: 'Everyone who joined, present or not' })
  participants(@Root() workshop: Workshop, @Ctx() { em }: Context): Promise<ParticipantState[]> {
    return participantsOf(em, workshop.meeting.id);
  }

  @FieldResolver(() => ParticipantState, { nullable: true, description: 'The calling participant, once they joined' })
  async me(@Root() workshop: Workshop, @Ctx() ctx: Context): Promise<ParticipantState | null> {
    const key = participantKey(ctx);
    if (!key) return null;
    const mine = await ctx.em.findOne(Participant, { meeting: workshop.meeting.id, key });
    return mine ? participantState(mine, await isPresent(ctx.em, mine)) : null;
  }
}

@Resolver(() => Meeting)
export class MeetingWorkshopResolver {
  @FieldResolver(() => Workshop, { description: 'How the meeting is run live: phase, timer, spotlight, participants' })
  async workshop(@Root() meeting: Meeting, @Ctx() { em }: Context): Promise<Workshop> {
    // References load through MikroORM's dataloader: a list of meetings costs one query.
    // (The workshop's primary key is its meeting's id; MikroORM's types miss that for a relation key.)
    const stored = await em.getReference(Workshop, meeting.id as never, { wrapped: true }).load();
    // A reference to a row that does not exist stays uninitialised after the load.
    return stored && wrap(stored).isInitialized() ? stored : Object.assign(new Workshop(), { meeting: ref(meeting) });
  }
}
