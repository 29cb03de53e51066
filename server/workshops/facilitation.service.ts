import { type EntityManager, LockMode, ref } from '@mikro-orm/postgresql';
import { LIMITS } from '../../schema/limits';
import { authorize } from '../auth/authorize';
import { findOrFail } from '../common/find';
import type { Context } from '../context';
import { BadUserInputError } from '../errors';
import { livePolicy } from '../live/live.policy';
import { type EventLog, liveTransaction } from '../live/live-transaction';
import { Meeting } from '../meetings/meeting.entity';
import { MeetingChanged, meetingState } from '../meetings/meeting.events';
import { setClosed } from '../meetings/meeting.service';
import { Position } from '../tables/position.entity';
import { WorkingTable } from '../tables/working-table.entity';
import { workingTablePolicy } from '../tables/working-table.policy';
import { changeWorkingTable } from '../tables/working-table.service';
import { pauseTimer, resumeTimer, startTimer, stopTimer, type TimerFields, timerState } from './timer';
import { emitVotes } from './vote-tally';
import { Workshop, WorkshopPhase } from './workshop.entity';
import { PhaseChanged, SpotlightChanged, TimerChanged, VoteVisibilityChanged } from './workshop.events';
import { phaseOf } from './workshop-rules';

/** The workshop row of a meeting, created with its defaults on first use and locked until commit. */
export async function lockWorkshop(tx: EntityManager, meetingId: string): Promise<Workshop> {
  await tx.execute('insert into workshop (meeting_id) values (?) on conflict do nothing', [meetingId]);
  return tx.findOneOrFail(Workshop, { meeting: meetingId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
}

/** One facilitation step: the facilitator's check, then `work` on the locked workshop, in one live transaction. */
function facilitate<T>(
  ctx: Context,
  meetingId: string,
  work: (tx: EntityManager, log: EventLog, workshop: Workshop, meeting: Meeting) => Promise<T>,
): Promise<T> {
  return liveTransaction(ctx.em, ctx.live, async (tx, log) => {
    const meeting = await findOrFail(tx, Meeting, meetingId, 'meetingId');
    await authorize(ctx, livePolicy, 'facilitate', meeting);
    return work(tx, log, await lockWorkshop(tx, meeting.id), meeting);
  });
}

/** Moves the workshop to `phase`; CLOSED closes the meeting, and any other phase of a closed meeting opens it again. */
export function setPhase({ ctx, meetingId, phase }: { ctx: Context; meetingId: string; phase: WorkshopPhase }) {
  return facilitate(ctx, meetingId, async (_tx, log, workshop, meeting) => {
    const previousPhase = phaseOf(workshop, meeting);
    if (previousPhase === phase) return workshop;
    const closing = phase === WorkshopPhase.CLOSED;
    if (!closing && !meeting.phases.includes(phase))
      throw new BadUserInputError(
        'phase',
        `this meeting does not run through ${phase}; its phases: ${meeting.phases.join(', ')}`,
      );
    if (!closing) workshop.phase = phase;
    if (closing || meeting.closedAt) {
      setClosed(meeting, closing, ctx.now());
      log.emit(MeetingChanged, meetingId, () => ({ meeting: meetingState(meeting) }));
    }
    log.emit(PhaseChanged, meetingId, { phase, previousPhase });
    return workshop;
  });
}

function timerFields(workshop: Workshop): TimerFields {
  return {
    timerStatus: workshop.timerStatus,
    timerSeconds: workshop.timerSeconds ?? null,
    timerEndsAt: workshop.timerEndsAt ?? null,
    timerRemainingMs: workshop.timerRemainingMs ?? null,
  };
}

export function currentTimer(workshop: Workshop, now: Date) {
  return timerState(timerFields(workshop), now);
}

export type TimerAction = 'pause' | 'resume' | 'stop';
const timerActions: Record<TimerAction, (timer: TimerFields, now: Date) => TimerFields> = {
  pause: pauseTimer,
  resume: resumeTimer,
  stop: stopTimer,
};

/** Starts the timer (`seconds` given) or pauses, resumes or stops it; the end is kept in server time. */
export function changeTimer({
  ctx,
  meetingId,
  action,
}: {
  ctx: Context;
  meetingId: string;
  action: { start: number } | TimerAction;
}) {
  if (
    typeof action === 'object' &&
    !(Number.isInteger(action.start) && action.start >= 1 && action.start <= LIMITS.timerSeconds)
  ) {
    throw new BadUserInputError('seconds', `seconds must be a whole number from 1 to ${LIMITS.timerSeconds}`);
  }
  return facilitate(ctx, meetingId, async (tx, log, workshop) => {
    const now = ctx.now();
    const next =
      typeof action === 'object' ? startTimer(now, action.start) : timerActions[action](timerFields(workshop), now);
    tx.assign(workshop, next);
    log.emit(TimerChanged, meetingId, { timer: timerState(next, now) });
    return workshop;
  });
}

export function setSpotlight({
  ctx,
  meetingId,
  positionId,
}: {
  ctx: Context;
  meetingId: string;
  positionId: string | null;
}) {
  return facilitate(ctx, meetingId, async (tx, log, workshop) => {
    const position = positionId
      ? await findOrFail(tx, Position, positionId, 'positionId', { populate: ['table'] })
      : null;
    if (position && position.table.getEntity().meeting.id !== meetingId) {
      throw new BadUserInputError('positionId', 'the position belongs to another meeting');
    }
    // The spotlight shows a card to everyone; a hidden one is for facilitators only.
    if (position?.hidden) throw new BadUserInputError('positionId', 'a hidden position cannot be spotlit');
    workshop.spotlight = position ? ref(position) : null;
    log.emit(SpotlightChanged, meetingId, { spotlightId: positionId });
    return workshop;
  });
}

/** Hides vote counts until revealed, or shows them throughout; announces every table's dots anew. */
export function setVoteVisibility({
  ctx,
  meetingId,
  hidden,
  revealed,
}: {
  ctx: Context;
  meetingId: string;
  hidden?: boolean | null;
  revealed?: boolean | null;
}) {
  return facilitate(ctx, meetingId, async (tx, log, workshop) => {
    tx.assign(workshop, {
      votesHidden: hidden ?? workshop.votesHidden,
      votesRevealed: revealed ?? workshop.votesRevealed,
    });
    log.emit(VoteVisibilityChanged, meetingId, {
      votesHidden: workshop.votesHidden,
      votesRevealed: workshop.votesRevealed,
    });
    for (const table of await tx.find(WorkingTable, { meeting: meetingId }, { orderBy: { order: 'asc' } })) {
      await emitVotes(tx, log, table, workshop);
    }
    return workshop;
  });
}

/** Locks or unlocks a table, or sets how many dots each participant may give on it. */
export function changeTable({
  ctx,
  tableId,
  change,
}: {
  ctx: Context;
  tableId: string;
  change: { locked: boolean } | { voteBudget: number };
}) {
  if (
    'voteBudget' in change &&
    !(Number.isInteger(change.voteBudget) && change.voteBudget >= 0 && change.voteBudget <= LIMITS.voteBudget)
  ) {
    throw new BadUserInputError('dots', `the budget must be a whole number from 0 to ${LIMITS.voteBudget}`);
  }
  return changeWorkingTable({
    ctx,
    id: tableId,
    field: 'tableId',
    change,
    authorize: (table) => authorize(ctx, workingTablePolicy, 'manage', table),
  });
}
