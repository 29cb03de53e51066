import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return sourceFiles(full);
      return /\.tsx?$/.test(entry.name) ? [full] : [];
    }),
  );
  return nested.flat();
}

describe('dependency direction', () => {
  it('keeps the browser app apart from the server: client/ shares only schema/ with it', async () => {
    const offenders: string[] = [];
    for (const file of await sourceFiles('client')) {
      const source = await readFile(file, 'utf8');
      for (const [, specifier] of source.matchAll(/from\s+'([^']+)'/g)) {
        if (!specifier?.startsWith('.')) continue;
        const target = path.relative('.', path.resolve(path.dirname(file), specifier));
        if (!target.startsWith(`client${path.sep}`) && !target.startsWith(`schema${path.sep}`))
          offenders.push(`${file} → ${specifier}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
