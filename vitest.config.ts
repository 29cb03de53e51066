import { createRequire } from 'node:module';
import react from '@vitejs/plugin-react';
import { configDefaults, defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // graphql 16 ships CJS (main) and ESM (module) builds; Node, and so every dependency, loads
    // the CJS one, and the schema must be made of the same classes, so tests load that one too.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: {
          name: 'server',
          include: ['test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'test/client/**', 'test/e2e/**'],
          globalSetup: ['test/support/global-setup.ts'],
        },
      },
      {
        extends: true,
        plugins: [react()],
        test: {
          name: 'client',
          include: ['test/client/**/*.test.{ts,tsx}'],
          globalSetup: ['test/support/graphql-introspection.ts'],
          environment: 'jsdom',
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: [
            'test/support/global-setup.ts',
            'test/support/graphql-introspection.ts',
            'test/e2e/support/build-client.ts',
          ],
          // One Chromium at a time: the machines running these have two cores.
          fileParallelism: false,
          testTimeout: 60_000,
        },
      },
    ],
  },
});
