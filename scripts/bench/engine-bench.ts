// Engine benchmark (not a test): ingest speed against pdftotext on the same PDFs in the same run,
// search latency on a library of 100,000+ pages against a bare FTS5 ranked MATCH with snippet,
// peak memory of each phase, and database size against raw text size.
// Usage: npm run bench [-- --pages 100000 --pdfs 40]
//
// Each phase runs in its own process and loads only what it measures (Chromium's driver, for one,
// only when the PDF corpus has to be made), so a phase's peak memory is the engine's own.
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { openLibraryDb } from '#core/db/open-database.ts';
import { DOCUMENT_TYPES } from '#shared/types.ts';
import { CORPUS_VERSION, ensurePdfCorpus } from './pdf-corpus.ts';
import { BENCH_QUERIES, CORPUS_DESCRIPTION, pageCount, prose, subject } from './synthetic-text.ts';
import { seededRandom } from '../seeded-random.ts';

const run = promisify(execFile);
const WORK = resolve(import.meta.dirname, '..', '..', '.tmp', 'bench');
const COUNTRIES = ['BN', 'KH', 'ID', 'LA', 'MY', 'MM', 'PH', 'SG', 'TH', 'VN'];
// Publications with pages of text, of the kinds the cached corpora were made with.
const TYPES = DOCUMENT_TYPES.filter(
  (type) => !['fact-sheet', 'legislation', 'news', 'event'].includes(type),
);

const { values: args } = parseArgs({
  options: {
    phase: { type: 'string' },
    pages: { type: 'string', default: '100000' },
    pdfs: { type: 'string', default: '40' },
    'pages-per-pdf': { type: 'string', default: '25' },
  },
});

const maxRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

async function pdftotextPagesPerSecond(dir: string): Promise<{ pages: number; seconds: number }> {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.pdf'))
    .map((f) => join(dir, f));
  const started = performance.now();
  let pages = 0;
  const queue = [...files];
  // Two processes at once: the same two cores the engine's workers get.
  await Promise.all(
    [0, 1].map(async () => {
      while (queue.length) {
        const file = queue.shift()!;
        const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', file, '-'], {
          maxBuffer: 256 * 1024 * 1024,
        });
        pages += stdout.split('\f').length - 1;
      }
    }),
  );
  return { pages, seconds: (performance.now() - started) / 1000 };
}

async function ingestPhase(): Promise<Record<string, number>> {
  const { indexFolder } = await import('#core/ingest/index-folder.ts');
  const dir = join(WORK, 'pdf-corpus');
  await ensurePdfCorpus(dir, Number(args.pdfs), Number(args['pages-per-pdf']));
  // The reference runs before and after the engine, so that load from elsewhere on a shared
  // machine, coming or going during the run, weighs on both sides of the ratio alike.
  const before = await pdftotextPagesPerSecond(dir);
  const dbPath = join(WORK, 'ingest.sqlite');
  for (const suffix of ['', '-wal', '-shm']) rmSync(dbPath + suffix, { force: true });
  const db = openLibraryDb(dbPath);
  const report = await indexFolder(db, dir, { workers: 2 });
  db.close();
  const after = await pdftotextPagesPerSecond(dir);
  const reference = { pages: before.pages, seconds: (before.seconds + after.seconds) / 2 };
  const seconds = report.elapsedMs / 1000;
  return {
    pdfFiles: readdirSync(dir).filter((f) => f.endsWith('.pdf')).length,
    pdftotextPages: reference.pages,
    pdftotextPagesPerSecond: Math.round(reference.pages / reference.seconds),
    enginePages: report.pages,
    enginePagesPerSecond: Math.round(report.pages / seconds),
    ratio: Math.round((report.pages / seconds / (reference.pages / reference.seconds)) * 100) / 100,
    skipped: report.skipped,
    peakRssMb: maxRssMb(),
  };
}

async function buildLargeLibrary(dbPath: string, totalPages: number): Promise<void> {
  const marker = `${dbPath}.complete-${CORPUS_VERSION}-${totalPages}`;
  if (existsSync(marker) && existsSync(dbPath)) return;
  const { indexPage } = await import('#core/ingest/extract-document.ts');
  const { insertDocument } = await import('#core/store/library/document-writer.ts');
  const { optimiseFullTextIndexes } = await import('#core/store/library/index-maintenance.ts');
  const { createReferenceIndex } = await import('#core/store/library/bench-reference.ts');
  for (const suffix of ['', '-wal', '-shm']) rmSync(dbPath + suffix, { force: true });
  const db = openLibraryDb(dbPath);
  // Page counts and topics come from each document's own seed, so the corpus never changes.
  const lengths: number[] = [];
  for (let total = 0; total < totalPages;) {
    const pages = Math.min(pageCount(seededRandom(lengths.length + 1)), totalPages - total);
    lengths.push(pages);
    total += pages;
  }
  const docs = lengths.length;
  const started = performance.now();
  const insertMany = db.transaction((from: number, to: number) => {
    for (let d = from; d < to; d++) {
      const rand = seededRandom(d + 1);
      rand();
      const about = subject(rand);
      const pages = Array.from({ length: lengths[d]! }, () => indexPage(prose(rand, 2200, about)));
      insertDocument(
        db,
        {
          id: `bench-${d}`,
          path: `bench/${d}.pdf`,
          entryKey: null,
          format: 'pdf',
          sizeBytes: 0,
          outline: [],
          pages,
          uncatalogued: false,
          metadataSource: 'catalog',
          metadataHash: '',
          metadata: {
            title: prose(rand, 40, about).split('.')[0]!,
            type: TYPES[d % TYPES.length]!,
            language: 'en',
            year: 2010 + (d % 15),
            date: null,
            summary: prose(rand, 300, about),
            keywords: [],
            countries: [COUNTRIES[d % COUNTRIES.length]!, COUNTRIES[(d * 7) % COUNTRIES.length]!],
            organisations: [],
            themes: [],
            links: [],
          },
        },
        new Date(Date.UTC(2024, 0, 1) + d * 1000).toISOString(),
      );
    }
  });
  for (let d = 0; d < docs; d += 250) {
    insertMany(d, Math.min(docs, d + 250));
    process.stderr.write(
      `\rbuilding search library: ${Math.min(docs, d + 250)} of ${docs} documents`,
    );
  }
  process.stderr.write(
    `\rbuilt ${totalPages} pages in ${((performance.now() - started) / 1000).toFixed(0)} s\n`,
  );
  optimiseFullTextIndexes(db);
  // The reference: a plain FTS5 table over the same page text, able to make its own snippets.
  createReferenceIndex(db);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  writeFileSync(marker, '');
}

/** Timings interleave engine and reference query by query, so load on the machine hits both alike. */
async function searchPhase(withReference: boolean): Promise<Record<string, number>> {
  const { libraryStore } = await import('#core/store/library-store.ts');
  const { bareReferenceQuery, referenceIndexBytes } =
    await import('#core/store/library/bench-reference.ts');
  const { buildAttributeIndex } = await import('#core/search/document-attributes.ts');
  const { search } = await import('#core/search/search.ts');
  const { toMatchExpression } = await import('#core/search/match-expression.ts');
  const { parseQuery } = await import('#shared/search/query-parser.ts');
  const dbPath = join(WORK, 'search.sqlite');
  const db = openLibraryDb(dbPath);
  const library = libraryStore(db);
  const stats = library.stats();
  const refBytes = referenceIndexBytes(db);
  const index = buildAttributeIndex(library.attributeRows());
  const requests = BENCH_QUERIES.flatMap((q, i) => [
    { query: q },
    { query: q, filters: { countries: [COUNTRIES[i % COUNTRIES.length]!] } },
    { query: q, sort: 'year' as const, offset: 10 },
  ]);
  const reference = bareReferenceQuery(db);
  const engine: number[] = [];
  const bare: number[] = [];
  for (let round = 0; round < 3; round++) {
    for (const request of requests) {
      let t = performance.now();
      search(library, index, request);
      engine.push(performance.now() - t);
      const expression = toMatchExpression(parseQuery(request.query), {
        words: ['text'],
        clusters: 'text',
      }).positive;
      if (withReference && expression) {
        t = performance.now();
        reference(expression);
        bare.push(performance.now() - t);
      }
    }
  }
  engine.sort((a, b) => a - b);
  bare.sort((a, b) => a - b);
  db.close();
  const round1 = (n: number) => Math.round(n * 10) / 10;
  return {
    pages: stats.pages,
    documents: stats.documents,
    searches: engine.length,
    engineP50Ms: round1(percentile(engine, 50)),
    engineP95Ms: round1(percentile(engine, 95)),
    bareFtsP50Ms: round1(percentile(bare, 50)),
    bareFtsP95Ms: round1(percentile(bare, 95)),
    databaseMb: Math.round((stats.databaseBytes - refBytes) / 1024 / 1024),
    referenceIndexMb: Math.round(refBytes / 1024 / 1024),
    rawTextMb: Math.round(stats.textBytes / 1024 / 1024),
    peakRssMb: maxRssMb(),
  };
}

function runPhase(phase: string): Record<string, number> {
  // Each phase in its own process, so each peak-memory figure belongs to that phase alone.
  const child = spawnSync(
    process.execPath,
    [
      import.meta.filename,
      '--phase',
      phase,
      '--pages',
      args.pages!,
      '--pdfs',
      args.pdfs!,
      '--pages-per-pdf',
      args['pages-per-pdf']!,
    ],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
      encoding: 'utf8',
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  if (child.status !== 0) throw new Error(`bench phase ${phase} failed`);
  return JSON.parse(child.stdout.trim().split('\n').at(-1)!);
}

async function main() {
  mkdirSync(WORK, { recursive: true });
  if (args.phase === 'ingest') return void console.log(JSON.stringify(await ingestPhase()));
  if (args.phase === 'build') {
    await buildLargeLibrary(join(WORK, 'search.sqlite'), Number(args.pages));
    return void console.log('{}');
  }
  if (args.phase === 'search') return void console.log(JSON.stringify(await searchPhase(true)));
  if (args.phase === 'search-memory')
    return void console.log(JSON.stringify(await searchPhase(false)));
  const ingest = runPhase('ingest');
  runPhase('build');
  // Peak memory is taken from a run of the engine alone: the reference's snippets read whole pages.
  const searchFigures: Record<string, number> = {
    ...runPhase('search'),
    peakRssMb: runPhase('search-memory').peakRssMb!,
  };
  const report = {
    when: new Date().toISOString(),
    node: process.version,
    ingest,
    search: searchFigures,
  };
  writeFileSync(resolve('bench-report.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.log(`
Ingest (${ingest.pdfFiles} PDFs, ${ingest.enginePages} pages, 2 workers)
  engine      ${ingest.enginePagesPerSecond} pages/s
  pdftotext   ${ingest.pdftotextPagesPerSecond} pages/s (2 processes; mean of a run before and one after)
  ratio       ${ingest.ratio}  (target >= 0.35)
  peak memory ${ingest.peakRssMb} MB (target < 400)

Search (${searchFigures.pages} pages, ${searchFigures.documents} documents, ${searchFigures.searches} searches of 10 hits: query + facets + snippets)
  corpus      ${CORPUS_DESCRIPTION}
  engine      p50 ${searchFigures.engineP50Ms} ms, p95 ${searchFigures.engineP95Ms} ms (target p95 < 50)
  bare FTS5   p50 ${searchFigures.bareFtsP50Ms} ms, p95 ${searchFigures.bareFtsP95Ms} ms (ranked MATCH + snippet, LIMIT 10)
  peak memory ${searchFigures.peakRssMb} MB (target < 400)
  database    ${searchFigures.databaseMb} MB for ${searchFigures.rawTextMb} MB of raw page text (reference index ${searchFigures.referenceIndexMb} MB more)

Report written to bench-report.json`);
}

await main();
