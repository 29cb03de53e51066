import { Redis } from 'ioredis';
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { RateLimitedError } from '../errors';
import type { Logger } from '../logger';

/** A budget of `points` per window of `duration` seconds; the window starts with the first point spent. */
export interface LimitFigures {
  points: number;
  duration: number;
}

export interface RateLimitSettings {
  /** Mutations of one signed-in session (users and guests); live co-editing sends many. */
  sessionMutations: LimitFigures;
  /** Mutations without a session (signing in, joining, accepting an invitation), per client address. */
  anonymousMutations: LimitFigures;
  /** Wrong passwords, join codes and invitation tokens per client address; at the limit every attempt is refused until the window ends. */
  failedSecretsPerAddress: LimitFigures;
  /** Wrong secrets per account, join code or invitation token, from whatever addresses they come. */
  failedSecretsPerSubject: LimitFigures;
}

/**
 * Durations in seconds. A school or youth office puts a whole workshop behind one public address
 * (an IPv6 /64 counts as one), so the per-address budgets carry a conference of 300 joining
 * within a minute, typos included; right secrets cost no failure points at all.
 */
export const RATE_LIMITS: RateLimitSettings = {
  sessionMutations: { points: 600, duration: 60 },
  anonymousMutations: { points: 600, duration: 60 },
  failedSecretsPerAddress: { points: 100, duration: 15 * 60 },
  failedSecretsPerSubject: { points: 10, duration: 15 * 60 },
};

export type RateLimiters = { [name in keyof RateLimitSettings]: RateLimiterAbstract } & {
  close: () => Promise<void>;
};

export interface RateLimiterOptions {
  settings?: RateLimitSettings;
  /** Shared by every instance when set; each process counts on its own otherwise. */
  redisUrl?: string;
  /** Prefix of the Redis keys, so deployments (and tests) sharing a Redis count apart. */
  keyPrefix?: string;
  logger?: Logger;
}

/**
 * The one place the limiters are built. With Redis every instance counts in the same keys, so a
 * lockout holds whichever instance the next attempt reaches. While Redis does not answer (within
 * two seconds), each limiter counts in this process's memory instead (rate-limiter-flexible's
 * insurance limiter): the limits stay in force per instance rather than being lifted, and sign-ins
 * and joins keep working rather than all being refused during the outage.
 */
export function createRateLimiters({
  settings = RATE_LIMITS,
  redisUrl,
  keyPrefix = 'planwerk:rate',
  logger,
}: RateLimiterOptions = {}): RateLimiters {
  const memory = (name: keyof RateLimitSettings) => new RateLimiterMemory({ keyPrefix: name, ...settings[name] });
  if (!redisUrl) return { ...eachLimit(memory), close: async () => {} };
  // No offline queue: while disconnected a count goes to the insurance limiter at once. The
  // command timeout bounds a Redis that is connected but frozen; shorter ones fired on a busy
  // machine's event-loop stalls, and each of those counts one attempt in memory only.
  const client = new Redis(redisUrl, { enableOfflineQueue: false, commandTimeout: 2000, maxRetriesPerRequest: 0 });
  client.on('error', (err) => logger?.warn({ err }, 'redis unreachable: rate limits count per instance meanwhile'));
  const limiters = eachLimit(
    (name) =>
      new RateLimiterRedis({
        storeClient: client,
        keyPrefix: `${keyPrefix}:${name}`,
        rejectIfRedisNotReady: true,
        insuranceLimiter: memory(name),
        ...settings[name],
      }),
  );
  return {
    ...limiters,
    close: async () => {
      await client.quit().catch(() => client.disconnect());
    },
  };
}

function eachLimit(build: (name: keyof RateLimitSettings) => RateLimiterAbstract) {
  return {
    sessionMutations: build('sessionMutations'),
    anonymousMutations: build('anonymousMutations'),
    failedSecretsPerAddress: build('failedSecretsPerAddress'),
    failedSecretsPerSubject: build('failedSecretsPerSubject'),
  };
}

function refusal(res: RateLimiterRes): RateLimitedError {
  return new RateLimitedError(Math.max(1, Math.ceil(res.msBeforeNext / 1000)));
}

/** Spends one point of `key`'s budget, or refuses with RATE_LIMITED when it is used up. */
export async function spend(limiter: RateLimiterAbstract, key: string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (error) {
    if (error instanceof RateLimiterRes) throw refusal(error);
    throw error;
  }
}

export type Budget = readonly [limiter: RateLimiterAbstract, key: string];

async function refund(budgets: readonly Budget[]): Promise<void> {
  await Promise.all(budgets.map(([limiter, key]) => limiter.reward(key)));
}

/**
 * Takes one point from each budget at once, atomically in its store, before the caller checks
 * anything: parallel attempts each see the others' points. When any budget is used up nothing
 * is kept (a refused attempt is no failure, so a crowd's attempts in flight never lock it out
 * for longer than they last) and the refusal says how long the longest wait is. Resolves with
 * the refund, which gives every point back.
 */
export async function reserve(budgets: readonly Budget[]): Promise<() => Promise<void>> {
  const outcomes = await Promise.all(
    budgets.map(async (budget) => {
      try {
        await budget[0].consume(budget[1]);
        return { budget, refused: undefined };
      } catch (reason) {
        return { budget, refused: reason as unknown };
      }
    }),
  );
  const refusals = outcomes.flatMap(({ refused }) => (refused === undefined ? [] : [refused]));
  if (refusals.length === 0) return () => refund(budgets);
  // A consume refused for the limit has counted its point all the same; one that failed otherwise has not.
  await refund(
    outcomes.filter(({ refused }) => refused === undefined || refused instanceof RateLimiterRes).map((o) => o.budget),
  );
  const failure = refusals.find((refused) => !(refused instanceof RateLimiterRes));
  if (failure) throw failure;
  const limits = refusals as RateLimiterRes[];
  throw refusal(limits.reduce((longest, res) => (res.msBeforeNext > longest.msBeforeNext ? res : longest)));
}
