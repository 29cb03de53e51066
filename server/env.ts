import { z } from 'zod';

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
  /** Folder of the embedded database (and other local state). */
  PLANWERK_DATA_DIR: z.string().min(1).default('.data'),
  LOG_LEVEL: z.enum(logLevels).default('info'),
  /**
   * Redis for pub/sub between several server instances (`redis://host:6379`); when unset, live
   * events travel in memory and only one instance may serve a meeting.
   */
  REDIS_URL: z.string().url().optional(),
  /** How long a participant whose socket closed still counts as present, so a reconnect is seamless. */
  LIVE_PRESENCE_GRACE_MS: z.coerce.number().int().min(0).max(600_000).default(10_000),
});

export type Env = z.infer<typeof schema>;

export function parseEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''));
  const result = schema.safeParse(cleaned);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${problems.join('\n')}`);
  }
  return result.data;
}
