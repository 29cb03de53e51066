/**
 * `npx tsx bench/cpuprofile-summary.ts <file.cpuprofile> [top]` — where a V8 CPU profile spent its
 * time: self time by package, by file and by function, and inclusive time by function (each
 * function counted once per sample, however often it recurs on the stack). Profiles come from
 * `node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx bench/board.ts`; async continuations
 * start new stacks, so inclusive times of resolvers undercount what they awaited.
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const [file, topArg] = process.argv.slice(2);
if (!file) throw new Error('usage: tsx bench/cpuprofile-summary.ts <file.cpuprofile> [top]');
const top = Number(topArg ?? 25);
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
const parents = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);

function where(node: ProfileNode): { pkg: string; file: string; fn: string } {
  const { functionName, url, lineNumber } = node.callFrame;
  const path = url.replace(/^file:\/\//, '');
  const modules = path.lastIndexOf('/node_modules/');
  const inModules = modules >= 0 ? path.slice(modules + '/node_modules/'.length) : null;
  const pkg = inModules
    ? inModules
        .split('/')
        .slice(0, inModules.startsWith('@') ? 2 : 1)
        .join('/')
    : path.startsWith('node:') || path === ''
      ? path || functionName
      : 'planwerk';
  const short = inModules ?? (path.replace(`${process.cwd()}/`, '') || '(native)');
  return { pkg, file: short, fn: `${functionName || '(anonymous)'} ${short}:${lineNumber + 1}` };
}

const self = { pkg: new Map<string, number>(), file: new Map<string, number>(), fn: new Map<string, number>() };
const inclusive = new Map<string, number>();
const add = (map: Map<string, number>, key: string, time: number) => map.set(key, (map.get(key) ?? 0) + time);
let total = 0;
profile.samples.forEach((id, i) => {
  const time = profile.timeDeltas[i] ?? 0;
  total += time;
  const leaf = where(nodes.get(id) as ProfileNode);
  add(self.pkg, leaf.pkg, time);
  add(self.file, leaf.file, time);
  add(self.fn, leaf.fn, time);
  const seen = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parents.get(at)) {
    const { fn } = where(nodes.get(at) as ProfileNode);
    if (!seen.has(fn)) add(inclusive, fn, time);
    seen.add(fn);
  }
});

function print(title: string, map: Map<string, number>): void {
  console.log(`\n${title}`);
  for (const [key, time] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`${((time / total) * 100).toFixed(1).padStart(6)} %  ${key}`);
}
console.log(`${(total / 1000).toFixed(0)} ms sampled`);
print('self time by package', self.pkg);
print('self time by file', self.file);
print('self time by function', self.fn);
print('inclusive time by function', inclusive);
