import { pino } from 'pino';
import type { Logger } from '../../server/logger';

export interface LogEntry {
  level: number;
  msg: string;
  [field: string]: unknown;
}

/** pino's number for the error level: what an operator is paged for. */
export const ERROR_LEVEL = 50;

/** A logger that keeps every entry (debug and above) for a spec to read. */
export function recordLogs(): { logger: Logger; entries: LogEntry[] } {
  const entries: LogEntry[] = [];
  const logger = pino({ level: 'debug' }, { write: (line: string) => entries.push(JSON.parse(line)) });
  return { logger, entries };
}
