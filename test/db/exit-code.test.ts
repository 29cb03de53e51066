import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const fixture = fileURLToPath(new URL('./fixtures/exit-code-after-embedded.ts', import.meta.url));

it('keeps the exit code a process set after it used an embedded PostgreSQL (a failing test run fails)', async () => {
  const child = spawn(process.execPath, ['--import', 'tsx', fixture], { stdio: 'inherit' });
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  expect(code).toBe(3);
}, 120_000);
