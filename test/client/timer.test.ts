import { describe, expect, it } from 'vitest';
import { clockOffset, formatCountdown, timeLeft } from '../../client/workshop/timer';

const running = {
  status: 'RUNNING' as const,
  endsAt: '2012-10-19T10:10:00.000Z',
  remainingMs: 600_000,
  serverNow: '2012-10-19T10:00:00.000Z',
};

describe('workshop timer', () => {
  it('counts down to the end in server time, whatever the local clock says', () => {
    // This laptop's clock is 90 s behind the server's.
    const receivedAt = Date.parse('2012-10-19T09:58:30.000Z');
    const offset = clockOffset(running.serverNow, receivedAt);
    expect(offset).toBe(90_000);
    expect(timeLeft(running, offset, receivedAt)).toBe(600_000);
    expect(timeLeft(running, offset, receivedAt + 125_000)).toBe(475_000);
    expect(timeLeft(running, offset, receivedAt + 700_000)).toBe(0);
  });

  it('shows what was left while paused or stopped', () => {
    expect(timeLeft({ ...running, status: 'PAUSED', endsAt: null, remainingMs: 42_000 }, 5_000, 0)).toBe(42_000);
    expect(timeLeft({ ...running, status: 'STOPPED', endsAt: null, remainingMs: 0 }, 0, 0)).toBe(0);
  });

  it('reads as minutes and seconds, rounded up', () => {
    expect(formatCountdown(600_000)).toBe('10:00');
    expect(formatCountdown(475_001)).toBe('7:56');
    expect(formatCountdown(999)).toBe('0:01');
    expect(formatCountdown(0)).toBe('0:00');
  });
});
