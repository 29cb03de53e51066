import { describe, expect, it } from 'vitest';
import { dependencyGaps, packageOf, runtimePackages } from '../../scripts/build/runtime-packages';

describe('packageOf', () => {
  it('names the package of a bare import, scoped or with a subpath', () => {
    expect(packageOf('express')).toBe('express');
    expect(packageOf('csv-parse/sync')).toBe('csv-parse');
    expect(packageOf('@apollo/server/errors')).toBe('@apollo/server');
    expect(packageOf('ipaddr.js')).toBe('ipaddr.js');
  });

  it("leaves out Node's own modules, with and without the node: prefix", () => {
    expect(packageOf('node:fs/promises')).toBeNull();
    expect(packageOf('crypto')).toBeNull();
  });
});

describe('runtimePackages', () => {
  it('lists the external packages of every output once, sorted, and nothing bundled', () => {
    const metafile = {
      outputs: {
        'dist/server/main.js': {
          imports: [
            { path: 'zod', external: true },
            { path: 'server/app.ts' },
            { path: 'graphql-ws/use/ws', external: true },
            { path: 'node:http', external: true },
          ],
        },
        'dist/server/main.js.map': { imports: [] },
        'dist/server/other.js': { imports: [{ path: 'zod', external: true }] },
      },
    };
    expect(runtimePackages(metafile)).toEqual(['graphql-ws', 'zod']);
  });
});

describe('dependencyGaps', () => {
  it('names what an install without devDependencies would lack and what it would carry for nothing', () => {
    expect(dependencyGaps(['express', 'pg'], { express: '5.3.0', react: '19.3.1' })).toEqual({
      missing: ['pg'],
      unused: ['react'],
    });
  });
});
