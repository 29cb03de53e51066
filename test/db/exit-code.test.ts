import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const fixture = fileURLToPath(new URL('./fixtures/exit-code-after-embedded.ts', import.meta.url));

it('keeps the exit code a process set after it used an embedded PostgreSQL, and exits without an error (a failing test run fails, a passing one passes)', async () => {
  const child = spawn(process.execPath, ['--import', 'tsx', fixture], { stdio: ['ignore', 'inherit', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  expect(stderr).toBe('');
  expect(code).toBe(3);
}, 120_000);
