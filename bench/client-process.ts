import { type ChildProcess, fork } from 'node:child_process';

interface Answer<T> {
  ok: boolean;
  result?: T;
  error?: string;
}

/**
 * The parent's side of a bench's client process: forks `script` (beside this file) and waits until
 * it is ready. `ask` sends one task and waits for its answer, so tasks run one after another.
 */
export async function forkClients<Task>(script: string) {
  const clients: ChildProcess = fork(new URL(script, import.meta.url).pathname, [], {
    execArgv: ['--import', 'tsx'],
    stdio: 'inherit',
  });
  await new Promise((resolve) => clients.once('message', resolve));
  const ask = <T>(task: Task): Promise<T> =>
    new Promise((resolve, reject) => {
      clients.once('message', (answer: Answer<T>) =>
        answer.ok ? resolve(answer.result as T) : reject(new Error(answer.error)),
      );
      clients.send(task as object);
    });
  return { clients, ask };
}

/** The client process's side: answers each task of the parent with what `run` returns or throws, then says it is ready. */
export function serveTasks<Task>(run: (task: Task) => Promise<unknown>): void {
  process.on('message', (task: Task) => {
    run(task).then(
      (result) => process.send!({ ok: true, result }),
      (error: unknown) => process.send!({ ok: false, error: String(error instanceof Error ? error.stack : error) }),
    );
  });
  process.send!({ ready: true });
}
