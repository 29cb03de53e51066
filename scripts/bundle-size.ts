import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

type Manifest = Record<string, ManifestChunk>;

/** The workshop board's page module, the heaviest route (it brings Yjs), as the manifest names it. */
export const BOARD_ROUTE = 'workshop/BoardPage.tsx';

/**
 * The JavaScript files a page load fetches before anything renders: the entry and what it
 * imports statically, and with `route` that page's lazily loaded module and its static imports.
 */
export function initialScripts(manifest: Manifest, route?: string): string[] {
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    chunk.imports?.forEach(visit);
  };
  for (const [key, chunk] of Object.entries(manifest)) {
    if (chunk.isEntry) visit(key);
  }
  if (route) visit(route);
  return [...files].filter((file) => file.endsWith('.js'));
}

/** Gzip bytes of the initial JavaScript of the app built into `dir` (vite.config.ts writes the manifest), opening `route`. */
export function initialJsGzipBytes(dir: string, route?: string): number {
  const manifest = JSON.parse(readFileSync(path.join(dir, '.vite/manifest.json'), 'utf8')) as Manifest;
  return initialScripts(manifest, route).reduce(
    (sum, file) => sum + gzipSync(readFileSync(path.join(dir, file))).length,
    0,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? 'dist/client';
  const kilobytes = (route?: string) => (initialJsGzipBytes(dir, route) / 1024).toFixed(1);
  console.log(`initial JavaScript: ${kilobytes()} KB gzip`);
  console.log(`initial JavaScript of the workshop board: ${kilobytes(BOARD_ROUTE)} KB gzip`);
}
