import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const api = `http://127.0.0.1:${process.env.PORT ?? 4000}`;

/** Builds the browser app in client/ into dist/client, which the server serves at `/`. */
export default defineConfig({
  root: fileURLToPath(new URL('client', import.meta.url)),
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('dist/client', import.meta.url)),
    emptyOutDir: true,
    // Read by the bundle-size check: which files the first page load needs.
    manifest: true,
  },
  server: {
    // In development the API runs apart (npm run dev starts both); the page still talks to its own origin.
    // The budget's file endpoints too; `/budget` itself is a page of the app.
    proxy: { '/graphql': { target: api, ws: true }, '/budget/import': api, '/budget/export': api },
  },
});
