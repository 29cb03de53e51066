/** The workshop timer as the server sends it (README "Facilitation"). */
export interface TimerState {
  status: 'RUNNING' | 'PAUSED' | 'STOPPED';
  endsAt?: string | null;
  remainingMs: number;
  serverNow: string;
}

/** How far the server's clock is ahead of this one (negative: behind), from a state just received. */
export function clockOffset(serverNow: string, receivedAt: number): number {
  return Date.parse(serverNow) - receivedAt;
}

/**
 * Milliseconds left at local time `now`: a running timer counts down to `endsAt` in server time,
 * so every screen shows the same whatever its own clock says; a paused or stopped one shows what
 * the server said was left.
 */
export function timeLeft(timer: TimerState, offsetMs: number, now: number): number {
  if (timer.status !== 'RUNNING' || !timer.endsAt) return timer.remainingMs;
  return Math.max(0, Date.parse(timer.endsAt) - (now + offsetMs));
}

/** "12:05" for minutes and seconds left, rounded up so that 0:00 means the time is over. */
export function formatCountdown(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
