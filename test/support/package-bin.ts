import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';

/** Runs a command-line tool of an installed package in a process of its own. */
export async function runPackageBin(pkg: string, bin: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  const root = path.dirname(createRequire(import.meta.url).resolve(`${pkg}/package.json`));
  await promisify(execFile)(process.execPath, [path.join(root, bin), ...args], { env });
}
