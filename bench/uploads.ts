/**
 * `npm run bench:uploads` — what hostile budget files cost the server before they are refused:
 * time to the answer and the most memory the process held meanwhile, beside the floor of the same
 * run, honest files at the limits (20,000 rows as CSV and as XLSX, previewed). The issue measured
 * the first hostile file at 1.7 GB and 15 s with exceljs.
 */
import { LIMITS } from '../schema/limits';
import { buildApp } from '../server/app';
import { cents, integer, text } from '../server/budget/export/sheet';
import { writeXlsx } from '../server/budget/export/write-xlsx';
import { parseEnv } from '../server/env';
import { createLogger } from '../server/logger';
import { loadDemoData } from '../server/seed/load-demo-data';
import { readDemoAccounts, readSeedData } from '../server/seed/seed-data';
import { repeated, understate, xlsxParts } from '../test/support/budget-files';
import { scratchDatabase } from './scratch-database';

const MB = 1024 * 1024;
const RUNS = 3;

const env = parseEnv({ ...process.env, LOG_LEVEL: 'warn' });
const logger = createLogger('warn');
const { orm, drop } = await scratchDatabase(env, logger);
const demoAccounts = await readDemoAccounts();
await loadDemoData(orm.em.fork(), await readSeedData(), demoAccounts);
const app = await buildApp({ env, orm, logger });
const url = `http://127.0.0.1:${await app.listen(0)}`;
const signIn = await fetch(`${url}/graphql`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({
    query: `mutation ($input: SignInInput!) { signIn(input: $input) { token } }`,
    variables: { input: { email: 'admin@planwerk.example', password: demoAccounts.password } },
  }),
});
const authorization = `Bearer ${((await signIn.json()) as any).data.signIn.token}`;

const rowsAtLimit = Array.from({ length: LIMITS.importRows }, (_, i) => ['Region 1', 2000 + (i % 200), 'Ist', i]);
const figures = (rows: (string | number)[][]) =>
  writeXlsx({ name: 'Budgetzahlen', columns: [text('Region'), integer('Jahr'), text('Art'), cents('Betrag')], rows });
const worksheetBomb = () =>
  xlsxParts({
    sheet: repeated('<worksheet><sheetData>', `${' '.repeat(100_000)}<row/>`, 300 * MB, '</sheetData></worksheet>'),
  });

const files: [string, () => Promise<Buffer>][] = [
  [
    'floor: 20,000 rows as CSV',
    async () => Buffer.from(['Region;Jahr;Art;Betrag', ...rowsAtLimit.map((row) => row.join(';'))].join('\n'), 'utf8'),
  ],
  ['floor: 20,000 rows as XLSX', () => figures(rowsAtLimit)],
  [
    'the issue’s file: an XLSX holding a 300 MB string',
    () =>
      xlsxParts({
        sheet: '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>',
        sharedStrings: repeated('<sst><si><t>', 'x', 300 * MB, '</t></si></sst>'),
      }),
  ],
  ['a worksheet inflating to 300 MB', worksheetBomb],
  ['the same, declaring 1 KB', async () => understate(await worksheetBomb(), 'xl/worksheets/sheet1.xml', 1024)],
  [
    'a cell of 10 MB',
    () =>
      xlsxParts({
        sheet: repeated(
          '<worksheet><sheetData><row><c t="str"><v>',
          'x',
          10 * MB,
          '</v></c></row></sheetData></worksheet>',
        ),
      }),
  ],
  ['20,001 rows as XLSX', () => figures([...rowsAtLimit, ['Region 1', 2012, 'Ist', 1]])],
];

/** The process's memory beyond the JavaScript heap's free space: heap in use, buffers outside it. */
const held = () => {
  const { heapUsed, external, arrayBuffers } = process.memoryUsage();
  return heapUsed + external + arrayBuffers;
};

async function upload(file: Buffer) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(file)]), 'budget');
  global.gc?.();
  const baseline = held();
  let peak = baseline;
  const sampler = setInterval(() => {
    peak = Math.max(peak, held());
  }, 2);
  const started = performance.now();
  const response = await fetch(`${url}/budget/import?mode=preview`, {
    method: 'POST',
    body: form,
    headers: { authorization },
  });
  const body = (await response.json()) as any;
  const ms = performance.now() - started;
  clearInterval(sampler);
  peak = Math.max(peak, held());
  const answer = body.errors ? `${response.status} ${body.errors[0].extensions.code}` : `${response.status} report`;
  return { ms, peakMb: (peak - baseline) / MB, answer };
}

try {
  console.log(`file${' '.repeat(46)}size        answer               time (best of ${RUNS})   memory held (most)`);
  for (const [name, build] of files) {
    const file = await build();
    const runs = [];
    for (let run = 0; run < RUNS; run += 1) runs.push(await upload(file));
    const best = runs.reduce((a, b) => (a.ms <= b.ms ? a : b));
    const most = Math.max(...runs.map((r) => r.peakMb));
    console.log(
      `${name.padEnd(50)}${`${(file.length / 1024).toFixed(0)} KB`.padStart(9)}   ${best.answer.padEnd(20)}${`${best.ms.toFixed(0)} ms`.padStart(10)}${`${most.toFixed(1)} MB`.padStart(22)}`,
    );
  }
} finally {
  await app.close();
  await drop();
}
