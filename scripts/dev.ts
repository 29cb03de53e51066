import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer } from 'vite';

/**
 * `npm run dev`: the API on its port, restarted by tsx on every server change, and Vite's dev
 * server for the app with hot reload, proxying /graphql (HTTP and WebSocket) to the API.
 */
const require = createRequire(import.meta.url);
const api = spawn(process.execPath, [require.resolve('tsx/cli'), 'watch', '--clear-screen=false', 'server/main.ts'], {
  stdio: 'inherit',
});
const vite = await createServer({ configFile: 'vite.config.ts' });
await vite.listen();
vite.printUrls();

let stopping = false;
async function stop(exitCode: number) {
  if (stopping) return;
  stopping = true;
  await vite.close();
  if (api.exitCode === null) api.kill('SIGTERM');
  process.exitCode = exitCode;
}
api.on('exit', (code) => void stop(code ?? 0));
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));
