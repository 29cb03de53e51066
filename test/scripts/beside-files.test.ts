import { describe, expect, it } from 'vitest';
import { besideFiles } from '../../scripts/build/beside-files';

describe('besideFiles', () => {
  it('finds the files a module reads beside itself, in either quote style', () => {
    const source = `
      export const a = new URL('./a.json', import.meta.url);
      export const b = new URL(
        "./b.txt",
        import.meta.url,
      );
      export const page = new URL('https://example.org/x');
    `;
    expect(besideFiles('/repo/server/seed/data.ts', source)).toEqual([
      '/repo/server/seed/a.json',
      '/repo/server/seed/b.txt',
    ]);
  });

  it("refuses a file outside the module's folder, whose address the bundle would change", () => {
    expect(() => besideFiles('/repo/server/x.ts', "new URL('../schema/schema.graphql', import.meta.url)")).toThrow(
      /only keeps files beside their module/,
    );
    expect(() => besideFiles('/repo/server/x.ts', "new URL('./sub/file.json', import.meta.url)")).toThrow();
  });
});
