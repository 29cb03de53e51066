import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startIntervalJob } from '../../server/jobs/interval-job';
import { createLogger } from '../../server/logger';

describe('startIntervalJob', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs at once, then every interval after a run ends, until stopped', async () => {
    let runs = 0;
    const job = startIntervalJob({
      name: 'test',
      intervalMs: 1_000,
      work: async () => ++runs,
      logger: createLogger('silent'),
    });
    await job.idle();
    expect(runs).toBe(1);
    await vi.advanceTimersByTimeAsync(999);
    expect(runs).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(runs).toBe(2);
    await vi.advanceTimersByTimeAsync(3_000);
    expect(runs).toBe(5);
    await job.stop();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(runs).toBe(5);
  });

  it('never overlaps runs, and a run on demand waits for the one in flight', async () => {
    const order: string[] = [];
    let release: () => void = () => {};
    const job = startIntervalJob({
      name: 'test',
      intervalMs: 60_000,
      work: async () => {
        order.push('start');
        if (order.length === 1) await new Promise<void>((resolve) => (release = resolve));
        order.push('end');
        return order.length;
      },
      logger: createLogger('silent'),
    });
    const onDemand = job.run();
    await vi.advanceTimersByTimeAsync(0);
    expect(order).toEqual(['start']);
    release();
    expect(await onDemand).toBe(4);
    expect(order).toEqual(['start', 'end', 'start', 'end']);
    await job.stop();
  });

  it('logs a failed scheduled run and keeps the schedule; a run on demand reports its failure', async () => {
    const logger = createLogger('silent');
    const error = vi.spyOn(logger, 'error');
    let runs = 0;
    const job = startIntervalJob({
      name: 'flaky',
      intervalMs: 1_000,
      work: async () => {
        runs++;
        if (runs <= 2) throw new Error('database away');
        return runs;
      },
      logger,
    });
    await job.idle();
    expect(error).toHaveBeenCalledTimes(1);
    await expect(job.run()).rejects.toThrow('database away');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(runs).toBe(3);
    await job.stop();
  });
});
