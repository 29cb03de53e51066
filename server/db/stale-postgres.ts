import { readFile, readlink, rm } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from '../logger';

interface ProcessInfo {
  ppid: number;
  args: string[];
}

/** A running process's parent and command line (from Linux's /proc), or null when there is none (or only its zombie). */
async function processInfo(pid: number): Promise<ProcessInfo | null> {
  try {
    const [stat, cmdline] = await Promise.all([
      readFile(`/proc/${pid}/stat`, 'utf8'),
      readFile(`/proc/${pid}/cmdline`, 'utf8'),
    ]);
    // "pid (comm) state ppid …"; comm may hold spaces and parentheses, so count from its end.
    const [state, ppid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return state === 'Z' ? null : { ppid: Number(ppid), args: cmdline.split('\0').filter(Boolean) };
  } catch {
    return null;
  }
}

/** Whether `pid` runs Node (its executable, which a process title cannot change); false when that cannot be read. */
async function runsNode(pid: number): Promise<boolean> {
  const executable = await readlink(`/proc/${pid}/exe`).catch(() => '');
  return path.basename(executable).startsWith('node');
}

const isPostgresOf = (args: string[], databaseDir: string) =>
  path.basename(args[0] ?? '') === 'postgres' && path.resolve(args[args.indexOf('-D') + 1] ?? '') === databaseDir;

async function gone(pid: number, withinMs: number): Promise<boolean> {
  const deadline = Date.now() + withinMs;
  while (await processInfo(pid)) {
    if (Date.now() > deadline) return false;
    await sleep(100);
  }
  return true;
}

/**
 * Makes `databaseDir` startable after a crash. A server killed with SIGKILL leaves its PostgreSQL
 * running as an orphan (nobody stops it), holding the folder: that one is stopped, as a fast
 * shutdown (SIGINT), else an immediate one (SIGQUIT). A lock file whose process is gone, or whose
 * number now belongs to another process, is removed (PostgreSQL refuses to start over the
 * latter). A PostgreSQL of the folder whose parent still runs on Node belongs to a running server:
 * that is refused with a message that says so, rather than stopped. Only on Linux, where /proc
 * tells exactly which process runs what; elsewhere PostgreSQL's own refusal names the process.
 */
export async function clearStalePostgres(databaseDir: string, logger: Logger): Promise<void> {
  if (process.platform !== 'linux') return;
  const lockFile = path.join(databaseDir, 'postmaster.pid');
  const pid = Number((await readFile(lockFile, 'utf8').catch(() => '')).split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0) return;
  const running = await processInfo(pid);
  if (!running || !isPostgresOf(running.args, databaseDir)) {
    logger.info({ pid, lockFile }, 'removing the lock file of a PostgreSQL that is no longer running');
    await rm(lockFile, { force: true });
    return;
  }
  if (await runsNode(running.ppid)) {
    throw new Error(
      `the embedded PostgreSQL in ${databaseDir} belongs to a server that is still running (process ${running.ppid}); stop that one, or give this one another PLANWERK_DATA_DIR`,
    );
  }
  logger.warn({ pid, databaseDir }, 'stopping the embedded PostgreSQL a crashed server left running');
  for (const [signal, waitMs] of [
    ['SIGINT', 30_000],
    ['SIGQUIT', 10_000],
  ] as const) {
    try {
      process.kill(pid, signal);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ESRCH') return;
      throw new Error(
        `the PostgreSQL a crashed server left running in ${databaseDir} (process ${pid}) cannot be stopped: ${String(error)}`,
      );
    }
    if (await gone(pid, waitMs)) return;
  }
  throw new Error(`the PostgreSQL a crashed server left running in ${databaseDir} (process ${pid}) did not stop`);
}
