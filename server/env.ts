import { z } from 'zod';
import { LIMITS } from '../schema/limits';

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/**
 * Every setting Planwerk reads from the environment. Each variable is documented in README.md;
 * parsing reports all problems at once so an operator fixes them in one go.
 */
const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** HTTP and WebSocket port; 0 picks a free one (tests). */
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  /** PostgreSQL connection string; when unset an embedded PostgreSQL runs in PLANWERK_DATA_DIR. */
  DATABASE_URL: z.string().url().optional(),
  /**
   * Connections the server keeps to PostgreSQL at most. A request never waits for a second
   * connection while it holds one (a write and its permission checks share one), so a full pool
   * makes requests queue, never wait on each other.
   */
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(1_000).default(10),
  /** How long a request queues for a connection before it is refused with SERVICE_UNAVAILABLE (retryable). */
  DATABASE_ACQUIRE_TIMEOUT_MS: z.coerce.number().int().min(1).max(600_000).default(5_000),
  /** PostgreSQL's statement_timeout for the server's connections; a statement running longer is cancelled (SERVICE_UNAVAILABLE). */
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(1).max(3_600_000).default(15_000),
  /** Folder of the embedded database (and other local state). */
  PLANWERK_DATA_DIR: z.string().min(1).default('.data'),
  LOG_LEVEL: z.enum(logLevels).default('info'),
  /** The built browser app (`npm run build` writes it), served at `/`. */
  PLANWERK_CLIENT_DIR: z.string().min(1).default('dist/client'),
  /** How often the server looks for next steps that became due soon or overdue (and at start); at most a day. */
  DEADLINE_CHECK_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(86_400).default(900),
  /** Browser origins (comma-separated) that may call the API from other sites, with cookies. None by default. */
  PLANWERK_CORS_ORIGINS: z
    .string()
    .transform((list) =>
      list
        .split(',')
        .map((origin) => origin.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.url({ protocol: /^https?$/ }).transform((url) => new URL(url).origin)))
    .default([]),
  /** Whether an empty database gets the demo meeting and its demo sign-ins; defaults to true, false in production. */
  PLANWERK_DEMO_DATA: z.stringbool().optional(),
  /** An e-mail address that gets an admin account at start if it has none; its invitation token is logged once. */
  PLANWERK_ADMIN_EMAIL: z.email().optional(),
  /** Whether the schema can be introspected; defaults to true, and to false when NODE_ENV=production. */
  PLANWERK_INTROSPECTION: z.stringbool().optional(),
  /**
   * Express's "trust proxy": which proxies may report the client's IP and HTTPS
   * (X-Forwarded-For/-Proto). "true", a hop count, or comma-separated addresses/subnets. Off by default.
   */
  PLANWERK_TRUST_PROXY: z
    .string()
    .transform((value): boolean | number | string => {
      if (value === 'true' || value === 'false') return value === 'true';
      return /^\d+$/.test(value) ? Number(value) : value;
    })
    .default(false),
  /**
   * Redis for pub/sub between several server instances (`redis://host:6379`); when unset, live
   * events travel in memory and only one instance may serve a meeting.
   */
  REDIS_URL: z.string().url().optional(),
  /** Subscriptions one WebSocket may hold at once; more are refused with RATE_LIMITED. */
  PLANWERK_WS_MAX_SUBSCRIPTIONS: z.coerce.number().int().min(1).max(1_000).default(LIMITS.subscriptionsPerSocket),
  /** How long a participant whose socket closed still counts as present, so a reconnect is seamless. */
  LIVE_PRESENCE_GRACE_MS: z.coerce.number().int().min(0).max(600_000).default(10_000),
});

export type Env = z.infer<typeof schema>;

export function demoDataEnabled(env: Env): boolean {
  return env.PLANWERK_DEMO_DATA ?? env.NODE_ENV !== 'production';
}

export function introspectionEnabled(env: Env): boolean {
  return env.PLANWERK_INTROSPECTION ?? env.NODE_ENV !== 'production';
}

export function parseEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''));
  const result = schema.safeParse(cleaned);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${problems.join('\n')}`);
  }
  return result.data;
}
