/**
 * `npm run build`'s server half: server/main.ts compiled once into dist/server/main.js, an ES
 * module for Node 20 that imports its npm packages from node_modules (installed with
 * `npm ci --omit=dev`) and bundles everything of ours, with the files it reads beside it.
 */
import { copyFile, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build, type Plugin } from 'esbuild';
import { besideFiles } from './build/beside-files';
import { dependencyGaps, runtimePackages } from './build/runtime-packages';

const OUT_DIR = 'dist/server';

/** Collects, while esbuild loads our modules, the files they read beside themselves. */
function collectBesideFiles(found: Map<string, string>): Plugin {
  return {
    name: 'beside-files',
    setup(build) {
      build.onLoad({ filter: /\.ts$/ }, async ({ path: modulePath }) => {
        for (const file of besideFiles(modulePath, await readFile(modulePath, 'utf8'))) {
          const name = path.basename(file);
          const other = found.get(name);
          if (other && other !== file)
            throw new Error(`${file} and ${other} would land on the same name beside the bundle`);
          found.set(name, file);
        }
        // Nothing returned: esbuild loads the module as usual.
        return undefined;
      });
    },
  };
}

await rm(OUT_DIR, { recursive: true, force: true });
const beside = new Map<string, string>();
const { metafile } = await build({
  entryPoints: { main: 'server/main.ts' },
  outdir: OUT_DIR,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // npm packages stay imports, resolved from node_modules at run time like under tsx.
  packages: 'external',
  // Decorators (type-graphql, MikroORM) follow tsconfig's experimentalDecorators and useDefineForClassFields.
  tsconfig: 'tsconfig.json',
  // type-graphql and MikroORM name GraphQL types and entities after their classes; a bundle
  // renaming one of two equal class names would change the schema.
  keepNames: true,
  sourcemap: 'linked',
  metafile: true,
  logLevel: 'warning',
  plugins: [collectBesideFiles(beside)],
});

for (const [name, file] of beside) await copyFile(file, path.join(OUT_DIR, name));

const { dependencies = {} } = JSON.parse(await readFile('package.json', 'utf8')) as {
  dependencies?: Record<string, string>;
};
const runtime = runtimePackages(metafile);
const { missing, unused } = dependencyGaps(runtime, dependencies);
// Read by the production-build spec, which holds `dependencies` to exactly these packages.
await writeFile(path.join(OUT_DIR, 'runtime-packages.json'), `${JSON.stringify(runtime, null, 2)}\n`);
if (missing.length > 0) {
  console.error(
    `The server imports ${missing.join(', ')}, which package.json lists outside "dependencies": a production install would lack them.`,
  );
  process.exit(1);
}
if (unused.length > 0) {
  console.warn(
    `"dependencies" holds ${unused.join(', ')}, which the server does not import: move them to devDependencies.`,
  );
}
console.log(`built ${OUT_DIR}/main.js (${runtime.length} packages from node_modules, ${beside.size} files beside it)`);
