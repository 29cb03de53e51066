import path from 'node:path';

const BESIDE = /new URL\(\s*['"]([^'"]+)['"]\s*,\s*import\.meta\.url\s*,?\s*\)/g;

/**
 * Files a module reads beside itself (`new URL('./x.json', import.meta.url)`), as absolute
 * paths. In the bundle `import.meta.url` is the bundle's own address, so these must be copied
 * beside it; a path leaving the module's folder could not keep its meaning there and is refused.
 */
export function besideFiles(modulePath: string, source: string): string[] {
  return [...source.matchAll(BESIDE)].map(([, relative = '']) => {
    if (!relative.startsWith('./') || relative.includes('/', 2)) {
      throw new Error(`${modulePath} reads ${relative}: the server bundle only keeps files beside their module`);
    }
    return path.join(path.dirname(modulePath), relative);
  });
}
