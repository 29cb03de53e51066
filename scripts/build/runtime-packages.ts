import { builtinModules } from 'node:module';

/** The npm package a bare import names (`csv-parse/sync` → `csv-parse`, `@scope/pkg/x` → `@scope/pkg`); null for Node's own modules. */
export function packageOf(specifier: string): string | null {
  if (specifier.startsWith('node:') || builtinModules.includes(specifier)) return null;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

interface Metafile {
  outputs: Record<string, { imports: { path: string; external?: boolean }[] }>;
}

/** The packages a bundle left external, i.e. what must be installed beside it, sorted. */
export function runtimePackages(metafile: Metafile): string[] {
  const packages = new Set<string>();
  for (const output of Object.values(metafile.outputs)) {
    for (const { path, external } of output.imports) {
      const name = external ? packageOf(path) : null;
      if (name) packages.add(name);
    }
  }
  return [...packages].sort();
}

/** What a production install (`npm ci --omit=dev`) would lack, and what it would carry without need. */
export function dependencyGaps(runtime: string[], dependencies: Record<string, string>) {
  return {
    missing: runtime.filter((name) => !(name in dependencies)),
    unused: Object.keys(dependencies).filter((name) => !runtime.includes(name)),
  };
}
