// OCR and search benchmark (not a test): how a background OCR run weighs on search. The sample
// library with image-only PDFs beside it is indexed; searches of the app's kinds (words, prefixes,
// phrases, Thai and Lao) run one after another in this process, as the desktop's main process
// answers them, with nothing else running (idle: before and after the run) and while the OCR
// process reads the scanned pages (its workers at the lowest priority). Prints p50 and p95 of each and their ratio,
// and the run's pages per second. Target: search p95 during OCR at most 2 × idle p95.
// Usage: npm run bench:ocr-search [-- --ocr-workers 2 --copies 3]
import { appendFileSync, copyFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openPortal } from '#core/portal.ts';
import { ocrDataFolders } from '#core/ocr/ocr-languages.ts';
import { forkOcrRunChild } from '#core/ocr-run/fork-ocr-run.ts';
import { startOcrRun } from '#core/ocr-run/ocr-run-host.ts';

const REPO_ROOT = resolve(import.meta.dirname, '..', '..');
const SCANS = ['scan-en-vi.pdf', 'scan-th.pdf', 'scan-lo.pdf', 'scan-my.pdf'];
const QUERIES = [
  'trafficking',
  'victim protection',
  'evid*',
  '"forced labour"',
  'court OR prosecutor',
  'recruitment -agency',
  'người',
  'buôn bán người',
  'การค้ามนุษย์',
  'ສານ',
  'labour exploitation',
  'interpret*',
];

const { values: args } = parseArgs({
  options: {
    'ocr-workers': { type: 'string', default: '2' },
    copies: { type: 'string', default: '2' },
    'idle-searches': { type: 'string', default: '240' },
  },
});
const workers = Number(args['ocr-workers']);
const copies = Number(args.copies);
const idleSearches = Number(args['idle-searches']);
for (const [name, n, max] of [
  ['--ocr-workers', workers, 4],
  ['--copies', copies, 10],
  ['--idle-searches', idleSearches, 10_000],
] as const)
  if (!Number.isInteger(n) || n < 1 || n > max)
    throw new Error(`${name} must be a whole number from 1 to ${max}.`);

const work = mkdtempSync(join(tmpdir(), 'ocr-search-bench-'));
const folder = join(work, 'library');
cpSync(join(REPO_ROOT, 'resources', 'library'), folder, { recursive: true });
// Each copy is another document (its bytes differ by one appended comment), so the run has
// `copies` times the fixture pages to read.
for (let copy = 1; copy <= copies; copy++)
  for (const scan of SCANS) {
    const target = join(folder, 'documents', `copy${copy}-${scan}`);
    copyFileSync(join(REPO_ROOT, 'tests', 'fixtures', 'ocr', scan), target);
    appendFileSync(target, `\n% copy ${copy}\n`);
  }

const libraryDbPath = join(work, 'library.sqlite');
const portal = openPortal({ libraryDbPath, userDbPath: join(work, 'user.sqlite') });

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

async function searchOnce(i: number): Promise<number> {
  const started = performance.now();
  const result = await portal.api.search({ query: QUERIES[i % QUERIES.length]! });
  if (!result.ok) throw new Error(result.error.message);
  return performance.now() - started;
}

try {
  const report = await portal.index(folder);
  process.stderr.write(
    `Indexed ${report.indexed} documents in ${(report.elapsedMs / 1000).toFixed(1)} s.\n`,
  );
  for (let i = 0; i < QUERIES.length * 2; i++) await searchOnce(i);

  const idle: number[] = [];
  for (let i = 0; i < idleSearches; i++) idle.push(await searchOnce(i));

  const during: number[] = [];
  let finished = false;
  const started = performance.now();
  const job = startOcrRun(forkOcrRunChild(), {
    libraryDbPath,
    libraryFolder: folder,
    dataFolders: ocrDataFolders({}),
    cacheFolder: join(work, 'ocr-cache'),
    workers,
    drawInProcess: false,
  });
  const done = job.finished.then((result) => {
    finished = true;
    return result;
  });
  // Searches start once the recognisers are reading, not while they load.
  while (!finished && (job.progress()?.page ?? null) === null)
    await new Promise((r) => setTimeout(r, 100));
  for (let i = 0; !finished; i++) {
    during.push(await searchOnce(i));
    // A person types a query every few hundred milliseconds, not back to back.
    await new Promise((r) => setTimeout(r, 20));
  }
  const result = await done;
  if (!result.ok) throw new Error(result.error.message);
  const seconds = (performance.now() - started) / 1000;
  // Idle again after the run: the machine's other load changes over minutes, so idle is the
  // searches before and after the run together.
  for (let i = 0; i < idleSearches; i++) idle.push(await searchOnce(i));

  idle.sort((a, b) => a - b);
  during.sort((a, b) => a - b);
  const row = (name: string, times: number[]) =>
    `| ${name} | ${times.length} | ${percentile(times, 50).toFixed(1)} ms | ${percentile(times, 95).toFixed(1)} ms |`;
  console.log('| searches | count | p50 | p95 |');
  console.log('| --- | --- | --- | --- |');
  console.log(row('idle', idle));
  console.log(row(`during OCR (${workers} workers)`, during));
  console.log(
    `\nSearch p95 during OCR: ${(percentile(during, 95) / percentile(idle, 95)).toFixed(2)} × idle (target at most 2 ×).`,
  );
  console.log(
    `OCR: ${result.value.recognised} pages in ${seconds.toFixed(1)} s (${(result.value.recognised / seconds).toFixed(2)} pages a second), ${result.value.failed.length} failed, ${result.value.reindexed} documents indexed again.`,
  );
  for (const failure of result.value.failed)
    console.log(
      `  failed: page ${failure.page} of ${failure.documentId.slice(0, 12)}: ${failure.message}`,
    );
} finally {
  portal.close();
  rmSync(work, { recursive: true, force: true });
}
