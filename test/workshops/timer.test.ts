import { describe, expect, it } from 'vitest';
import { pauseTimer, resumeTimer, startTimer, stopTimer, timerState } from '../../server/workshops/timer';

const at = (iso: string) => new Date(`2012-10-19T${iso}Z`);

describe('the workshop timer', () => {
  it('counts down to an end in server time and shows what is left at any moment', () => {
    const running = startTimer(at('10:00:00'), 600);
    expect(timerState(running, at('10:04:00'))).toEqual({
      status: 'RUNNING',
      durationSeconds: 600,
      endsAt: '2012-10-19T10:10:00.000Z',
      remainingMs: 360_000,
      serverNow: '2012-10-19T10:04:00.000Z',
    });
    expect(timerState(running, at('10:12:00')).remainingMs).toBe(0);
  });

  it('keeps what was left while paused and continues from there', () => {
    const paused = pauseTimer(startTimer(at('10:00:00'), 600), at('10:04:00'));
    expect(timerState(paused, at('10:30:00'))).toMatchObject({ status: 'PAUSED', endsAt: null, remainingMs: 360_000 });
    const resumed = resumeTimer(paused, at('10:30:00'));
    expect(timerState(resumed, at('10:30:00'))).toMatchObject({
      status: 'RUNNING',
      endsAt: '2012-10-19T10:36:00.000Z',
    });
  });

  it('refuses to pause what does not run and resume what is not paused', () => {
    const stopped = stopTimer(startTimer(at('10:00:00'), 60));
    expect(() => pauseTimer(stopped, at('10:00:10'))).toThrow(
      expect.objectContaining({ extensions: { code: 'CONFLICT' } }),
    );
    expect(() => resumeTimer(startTimer(at('10:00:00'), 60), at('10:00:10'))).toThrow(/not paused/);
    expect(timerState(stopped, at('10:00:10'))).toMatchObject({
      status: 'STOPPED',
      remainingMs: 0,
      durationSeconds: 60,
    });
  });
});
