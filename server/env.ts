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
  /** The built browser app (`npm run build` writes it), served at `/`. */
  PLANWERK_CLIENT_DIR: z.string().min(1).default('dist/client'),
  /** How often the server looks for next steps that became due soon or overdue (and at start); at most a day. */
  DEADLINE_CHECK_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(86_400).default(900),
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
