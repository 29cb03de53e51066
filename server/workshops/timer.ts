import { Field, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../common/scalars';
import { ConflictError } from '../errors';
import { TimerStatus } from './workshop.entity';

/** The timer columns of a workshop. */
export interface TimerFields {
  timerStatus: TimerStatus;
  timerSeconds: number | null;
  timerEndsAt: Date | null;
  timerRemainingMs: number | null;
}

@ObjectType({
  description:
    'The workshop timer in server time: count down to endsAt corrected by (serverNow − the local time it arrived), so every client shows the same',
})
export class TimerState {
  @Field(() => TimerStatus)
  status!: TimerStatus;

  @Field(() => Int, { nullable: true, description: 'The length it was started with' })
  durationSeconds!: number | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When a running timer runs out' })
  endsAt!: string | null;

  @Field(() => Int, { description: 'Milliseconds left at serverNow (0 once run out or stopped)' })
  remainingMs!: number;

  @Field(() => DateTimeScalar, { description: 'The server clock when this state was taken' })
  serverNow!: string;
}

export function startTimer(now: Date, seconds: number): TimerFields {
  return {
    timerStatus: TimerStatus.RUNNING,
    timerSeconds: seconds,
    timerEndsAt: new Date(now.getTime() + seconds * 1000),
    timerRemainingMs: null,
  };
}

export function pauseTimer(timer: TimerFields, now: Date): TimerFields {
  if (timer.timerStatus !== TimerStatus.RUNNING || !timer.timerEndsAt) {
    throw new ConflictError('The timer is not running');
  }
  return {
    ...timer,
    timerStatus: TimerStatus.PAUSED,
    timerEndsAt: null,
    timerRemainingMs: Math.max(0, timer.timerEndsAt.getTime() - now.getTime()),
  };
}

export function resumeTimer(timer: TimerFields, now: Date): TimerFields {
  if (timer.timerStatus !== TimerStatus.PAUSED || timer.timerRemainingMs === null) {
    throw new ConflictError('The timer is not paused');
  }
  return {
    ...timer,
    timerStatus: TimerStatus.RUNNING,
    timerEndsAt: new Date(now.getTime() + timer.timerRemainingMs),
    timerRemainingMs: null,
  };
}

export function stopTimer(timer: TimerFields): TimerFields {
  return { ...timer, timerStatus: TimerStatus.STOPPED, timerEndsAt: null, timerRemainingMs: null };
}

export function timerState(timer: TimerFields, now: Date): TimerState {
  const remainingMs =
    timer.timerStatus === TimerStatus.RUNNING && timer.timerEndsAt
      ? Math.max(0, timer.timerEndsAt.getTime() - now.getTime())
      : timer.timerStatus === TimerStatus.PAUSED
        ? (timer.timerRemainingMs ?? 0)
        : 0;
  return {
    status: timer.timerStatus,
    durationSeconds: timer.timerSeconds,
    endsAt: timer.timerEndsAt?.toISOString() ?? null,
    remainingMs,
    serverNow: now.toISOString(),
  };
}
