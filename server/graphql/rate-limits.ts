import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { RateLimitedError } from '../errors';

export interface RateLimitSettings {
  /** Mutations of one signed-in session (users and guests); live co-editing sends many. */
  sessionMutations: { points: number; duration: number };
  /** Mutations without a session (signing in, joining, accepting an invitation), per client IP. */
  anonymousMutations: { points: number; duration: number };
  /** Wrong passwords, join codes and invitation tokens per client IP; reaching the limit locks the IP out. */
  failedSecrets: { points: number; duration: number; blockDuration: number };
}

/** Durations in seconds. A workshop room shares one IP, so the per-IP budgets leave room for a crowd. */
export const RATE_LIMITS: RateLimitSettings = {
  sessionMutations: { points: 600, duration: 60 },
  anonymousMutations: { points: 120, duration: 60 },
  failedSecrets: { points: 20, duration: 15 * 60, blockDuration: 15 * 60 },
};

export interface RateLimiters {
  sessionMutations: RateLimiterAbstract;
  anonymousMutations: RateLimiterAbstract;
  failedSecrets: RateLimiterAbstract;
}

/**
 * The one place the limiters are built. They count in this process's memory; several server
 * instances need a shared store (rate-limiter-flexible's RateLimiterRedis takes the same options).
 */
export function createRateLimiters(settings: RateLimitSettings = RATE_LIMITS): RateLimiters {
  return {
    sessionMutations: new RateLimiterMemory({ keyPrefix: 'session-mutations', ...settings.sessionMutations }),
    anonymousMutations: new RateLimiterMemory({ keyPrefix: 'anonymous-mutations', ...settings.anonymousMutations }),
    failedSecrets: new RateLimiterMemory({ keyPrefix: 'failed-secrets', ...settings.failedSecrets }),
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

/** Refuses with RATE_LIMITED while `key` has no failures left; spends nothing. */
export async function assertAttemptsLeft(limiter: RateLimiterAbstract, key: string): Promise<void> {
  const res = await limiter.get(key);
  if (res && res.consumedPoints >= limiter.points) throw refusal(res);
}

/** Counts one failure; the last one allowed locks `key` out for the limiter's block duration. */
export async function recordFailure(limiter: RateLimiterAbstract, key: string): Promise<void> {
  const res = await limiter.penalty(key);
  if (res.remainingPoints <= 0 && limiter.blockDuration > 0) await limiter.block(key, limiter.blockDuration);
}
