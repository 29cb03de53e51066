import type { Logger } from '../logger';

export interface IntervalJob<T> {
  /** Runs the work now, after any run in flight, and resolves with its result. */
  run: () => Promise<T>;
  /** Resolves when no run is in flight. */
  idle: () => Promise<void>;
  /** Stops scheduling and waits for a run in flight. */
  stop: () => Promise<void>;
}

/**
 * Runs `work` at once and then `intervalMs` after each run ends, one run at a time. Starting
 * with a run catches up on whatever fell due while no server was running. Failures are logged
 * and the schedule goes on; the timer never keeps the process alive on its own.
 */
export function startIntervalJob<T>({
  name,
  intervalMs,
  work,
  logger,
}: {
  name: string;
  intervalMs: number;
  work: () => Promise<T>;
  logger: Logger;
}): IntervalJob<T> {
  let chain: Promise<unknown> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;

  const run = () => {
    const result = chain.then(work);
    chain = result.catch(() => undefined);
    return result;
  };
  const tick = () => {
    run()
      .catch((error: unknown) => logger.error({ err: error, job: name }, 'scheduled job failed'))
      .finally(() => {
        if (stopped) return;
        timer = setTimeout(tick, intervalMs);
        timer.unref();
      });
  };
  tick();

  return {
    run,
    idle: async () => {
      await chain;
    },
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await chain;
    },
  };
}
