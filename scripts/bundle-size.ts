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

/** The JavaScript files a page load fetches before anything renders: the entry and what it imports statically. */
export function initialScripts(manifest: Manifest): string[] {
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
  return [...files].filter((file) => file.endsWith('.js'));
}

/** Gzip bytes of the initial JavaScript of the app built into `dir` (vite.config.ts writes the manifest). */
export function initialJsGzipBytes(dir: string): number {
  const manifest = JSON.parse(readFileSync(path.join(dir, '.vite/manifest.json'), 'utf8')) as Manifest;
  return initialScripts(manifest).reduce((sum, file) => sum + gzipSync(readFileSync(path.join(dir, file))).length, 0);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const bytes = initialJsGzipBytes(process.argv[2] ?? 'dist/client');
  console.log(`initial JavaScript: ${(bytes / 1024).toFixed(1)} KB gzip`);
}
