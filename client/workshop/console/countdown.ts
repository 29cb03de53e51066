export interface Timer {
  status: 'RUNNING' | 'PAUSED' | 'STOPPED';
  endsAt?: string | null;
  remainingMs: number;
  serverNow: string;
}

/** How far the server's clock is ahead of this one, from a state taken at `serverNow` and received at `receivedAt` (local ms). */
export function clockOffset(serverNow: string, receivedAt: number): number {
  return Date.parse(serverNow) - receivedAt;
}

/**
 * Milliseconds left at the local time `now`: a running timer counts down to `endsAt` in server
 * time, so every screen shows the same whatever its own clock says; a paused or stopped one
 * shows what the server said.
 */
export function remainingAt(timer: Timer, offsetMs: number, now: number): number {
  if (timer.status !== 'RUNNING' || !timer.endsAt) return timer.remainingMs;
  return Math.max(0, Date.parse(timer.endsAt) - (now + offsetMs));
}

/** "m:ss" (or "h:mm:ss"), rounding up so 0:00 shows only once the time is over. */
export function formatCountdown(ms: number): string {
  const total = Math.ceil(Math.max(0, ms) / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}
