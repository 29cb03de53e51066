import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type Express } from 'express';

/** Paths the API owns; the app's fallback must never answer them with a page. */
const API_PATHS = /^\/(graphql|healthz)(\/|$)/;

// The built app has no inline scripts or styles, so the page may load code from this origin only.
const PAGE_HEADERS = {
  'Cache-Control': 'no-cache',
  'Content-Security-Policy':
    "default-src 'self'; connect-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
  'Referrer-Policy': 'same-origin',
  'X-Content-Type-Options': 'nosniff',
};

/**
 * Serves the browser app built by `npm run build` from `dir` at `/`: fingerprinted assets
 * cached for good, and index.html for every other page address so the app's router takes over.
 * Mount it after the API routes.
 */
export function serveClient(app: Express, dir: string): void {
  const root = path.resolve(dir);
  const index = path.join(root, 'index.html');
  app.use('/assets', express.static(path.join(root, 'assets'), { immutable: true, maxAge: '1y' }), (_req, res) => {
    res.sendStatus(404);
  });
  app.use(express.static(root, { index: false }));
  app.get('/{*page}', (req, res, next) => {
    if (API_PATHS.test(req.path) || !req.accepts('html')) return next();
    if (!existsSync(index)) {
      res.status(404).type('text/plain').send(`The browser app is not built: run "npm run build" (looked in ${root}).`);
      return;
    }
    res.set(PAGE_HEADERS).sendFile(index);
  });
}
