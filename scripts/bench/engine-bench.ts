// Engine benchmark (not a test): ingest speed against pdftotext on the same PDFs in the same run,
// search latency on a library of 100,000+ pages against a bare FTS5 ranked MATCH with snippet,
// peak memory of each phase, and database size against raw text size.
// Usage: npm run bench [-- --pages 100000,1000000 --pdfs 40 --skip-ingest]
//
// Each size of search library is its own database, built once (streamed, in batches of documents)
// and reused until the generated text changes.
// Each phase runs in its own process and loads only what it measures (Chromium's driver, for one,
// only when the PDF corpus has to be made), so a phase's peak memory is the engine's own.
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { enableCompileCache } from 'node:module';
import { join, resolve } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { Worker } from 'node:worker_threads';
import { openLibraryDb } from '#core/db/open-database.ts';
import type { DocumentRecord } from '#core/library/document-record.ts';
import type { SearchRequest } from '#shared/types.ts';
import { ensurePdfCorpus } from './pdf-corpus.ts';
import { BENCH_QUERIES, CORPUS_DESCRIPTION, TEXT_VERSION } from './synthetic-text.ts';
import { COUNTRIES, documentLengths } from './bench-document.ts';

const run = promisify(execFile);
const WORK = resolve(import.meta.dirname, '..', '..', '.tmp', 'bench');

const { values: args } = parseArgs({
  options: {
    phase: { type: 'string' },
    pages: { type: 'string', default: '100000' },
    pdfs: { type: 'string', default: '40' },
    'pages-per-pdf': { type: 'string', default: '25' },
    'skip-ingest': { type: 'boolean', default: false },
  },
});

const sizes = args.pages!.split(',').map((size) => {
  const pages = Number(size.replaceAll('_', ''));
  if (!Number.isInteger(pages) || pages < 1 || pages > 1_000_000) {
    throw new Error(`--pages takes whole numbers from 1 to 1000000, comma-separated: ${size}`);
  }
  return pages;
});

/** One database per size of library, so that each size measures its own. */
const searchDbPath = (pages: number) => join(WORK, `search-${pages}.sqlite`);

const maxRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

/**
 * CPU seconds (user + system) of this process's children that have ended, from /proc (Linux): the
 * pdftotext runs' own CPU time, which other load on a shared machine does not inflate as it does
 * their wall-clock time.
 */
function childrenCpuSeconds(): number {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
  // After the command name: state is field 3, cutime field 16 and cstime field 17 (proc(5)).
  const ticks = Number(fields[16 - 3]) + Number(fields[17 - 3]);
  return ticks / 100;
}

const ownCpuSeconds = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};

async function pdftotextPagesPerSecond(
  dir: string,
): Promise<{ pages: number; seconds: number; cpuSeconds: number }> {
  const cpuBefore = childrenCpuSeconds();
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
  return {
    pages,
    seconds: (performance.now() - started) / 1000,
    cpuSeconds: childrenCpuSeconds() - cpuBefore,
  };
}

/**
 * Node strips the types of the engine's TypeScript sources in every thread that loads them: about
 * 15 MB of WebAssembly and a fifth of a second per thread, which the built app, loading plain
 * JavaScript, never pays. The compile cache (under the system's temporary folder) keeps the
 * stripped and compiled modules from one run to the next, for this thread's later imports and,
 * through the environment, the extraction workers, so that the phase measures the engine rather
 * than the stripping. A run after a change to the sources fills it again.
 */
function loadThroughCompileCache(): void {
  const { directory } = enableCompileCache();
  if (directory) process.env.NODE_COMPILE_CACHE = directory;
}

async function ingestPhase(): Promise<Record<string, number>> {
  loadThroughCompileCache();
  const { indexFolder } = await import('#core/ingest/index-folder.ts');
  const dir = join(WORK, 'pdf-corpus');
  await ensurePdfCorpus(dir, Number(args.pdfs), Number(args['pages-per-pdf']));
  // The reference runs before and after the engine, so that load from elsewhere on a shared
  // machine, coming or going during the run, weighs on both sides of the ratio alike.
  const before = await pdftotextPagesPerSecond(dir);
  const dbPath = join(WORK, 'ingest.sqlite');
  for (const suffix of ['', '-wal', '-shm']) rmSync(dbPath + suffix, { force: true });
  const cpuBefore = ownCpuSeconds();
  const db = openLibraryDb(dbPath);
  const report = await indexFolder(db, dir, { workers: 2 });
  db.close();
  const engineCpuSeconds = ownCpuSeconds() - cpuBefore;
  const after = await pdftotextPagesPerSecond(dir);
  const reference = { pages: before.pages, seconds: (before.seconds + after.seconds) / 2 };
  const referenceCpuSeconds = (before.cpuSeconds + after.cpuSeconds) / 2;
  const seconds = report.elapsedMs / 1000;
  return {
    pdfFiles: readdirSync(dir).filter((f) => f.endsWith('.pdf')).length,
    pdftotextPages: reference.pages,
    pdftotextPagesPerSecond: Math.round(reference.pages / reference.seconds),
    enginePages: report.pages,
    enginePagesPerSecond: Math.round(report.pages / seconds),
    ratio: Math.round((report.pages / seconds / (reference.pages / reference.seconds)) * 100) / 100,
    // Pages per CPU second, engine (all its threads) against pdftotext: the ratio that holds on a
    // machine busy with other work, where the wall-clock one swings with the load.
    cpuRatio:
      Math.round(
        (report.pages / engineCpuSeconds / (reference.pages / referenceCpuSeconds)) * 100,
      ) / 100,
    skipped: report.skipped,
    peakRssMb: maxRssMb(),
  };
}

/** Two workers make documents batch by batch, in order, one batch ahead of the writing. */
function documentBatches(lengths: number[], batchSize: number): AsyncGenerator<DocumentRecord[]> {
  const workers = [0, 1].map(
    () => new Worker(join(import.meta.dirname, 'bench-document-worker.ts')),
  );
  const made = (worker: Worker, first: number, count: number) =>
    new Promise<DocumentRecord[]>((done, fail) => {
      const failed = (error: Error) => fail(error);
      worker.once('error', failed);
      worker.once('message', (records: DocumentRecord[]) => {
        worker.off('error', failed);
        done(records);
      });
      worker.postMessage({ first, lengths: lengths.slice(first, first + count) });
    });
  const batch = async (first: number) => {
    const half = Math.ceil(Math.min(batchSize, lengths.length - first) / 2);
    const [a, b] = await Promise.all([
      made(workers[0]!, first, half),
      made(workers[1]!, first + half, Math.min(batchSize, lengths.length - first) - half),
    ]);
    return [...a, ...b];
  };
  return (async function* () {
    try {
      let next = batch(0);
      for (let first = 0; first < lengths.length; first += batchSize) {
        const current = await next;
        if (first + batchSize < lengths.length) next = batch(first + batchSize);
        yield current;
      }
    } finally {
      for (const worker of workers) await worker.terminate();
    }
  })();
}

async function buildLargeLibrary(dbPath: string, totalPages: number): Promise<void> {
  const marker = `${dbPath}.complete-${TEXT_VERSION}`;
  if (existsSync(marker) && existsSync(dbPath)) return;
  const { insertDocument } = await import('#core/store/library/document-writer.ts');
  const { optimiseFullTextIndexes } = await import('#core/store/library/index-maintenance.ts');
  const { ensureReferenceIndex } = await import('#core/store/library/bench-reference.ts');
  for (const suffix of ['', '-wal', '-shm']) rmSync(dbPath + suffix, { force: true });
  const db = openLibraryDb(dbPath);
  const lengths = documentLengths(totalPages);
  const started = performance.now();
  let written = 0;
  // A transaction per batch: memory holds one batch being written and the next being made.
  const insertMany = db.transaction((records: DocumentRecord[]) => {
    for (const record of records) {
      insertDocument(db, record, new Date(Date.UTC(2024, 0, 1) + written * 1000).toISOString());
      written += 1;
    }
  });
  for await (const records of documentBatches(lengths, 100)) {
    insertMany(records);
    process.stderr.write(`\rbuilding search library: ${written} of ${lengths.length} documents`);
  }
  process.stderr.write(
    `\rbuilt ${totalPages} pages in ${((performance.now() - started) / 1000).toFixed(0)} s\n`,
  );
  optimiseFullTextIndexes(db);
  // The reference: a plain FTS5 table over the same page text, able to make its own snippets.
  ensureReferenceIndex(db);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  writeFileSync(marker, '');
}

/**
 * Each query, then the same with a filter chosen, then sorted by year on its second page: what a
 * reader does with a query, and what the engine may answer from the query's matches.
 */
function benchRequests(): SearchRequest[] {
  return BENCH_QUERIES.flatMap((q, i) => [
    { query: q },
    { query: q, filters: { countries: [COUNTRIES[i % COUNTRIES.length]!] } },
    { query: q, sort: 'year' as const, offset: 10 },
  ]);
}

/**
 * The bench's searches, three rounds, as the desktop app and the classroom make them: in a search
 * thread of the engine's pool (core/search/search-pool.ts), whose memory is the process's. The
 * library does not change between rounds, so the thread reads its attributes once.
 */
async function searchThreadPhase(pages: number): Promise<Record<string, number>> {
  const { createSearchPool } = await import('#core/search/search-pool.ts');
  const pool = createSearchPool({
    libraryDbPath: searchDbPath(pages),
    threads: 1,
    timeLimitMs: 10 * 60_000,
  });
  const requests = benchRequests();
  for (let round = 0; round < 3; round++) {
    for (const request of requests) {
      const answer = await pool.search('whole', request);
      if (!answer.ok) throw new Error(answer.error.message);
    }
  }
  await pool.close();
  return { searchThreadPeakRssMb: maxRssMb() };
}

/** Timings interleave engine and reference query by query, so load on the machine hits both alike. */
async function searchPhase(pages: number, withReference: boolean): Promise<Record<string, number>> {
  const { libraryStore } = await import('#core/store/library-store.ts');
  const { bareReferenceQuery, ensureReferenceIndex, referenceIndexBytes } =
    await import('#core/store/library/bench-reference.ts');
  const { buildAttributeIndex } = await import('#core/search/document-attributes.ts');
  const { search } = await import('#core/search/search.ts');
  const { toMatchExpression } = await import('#core/search/match-expression.ts');
  const { parseQuery } = await import('#shared/search/query-parser.ts');
  const db = openLibraryDb(searchDbPath(pages));
  // A library built before its pages were stored packed has a reference over the old form.
  if (withReference) ensureReferenceIndex(db);
  const library = libraryStore(db);
  const stats = library.stats();
  const refBytes = referenceIndexBytes(db);
  const requests = benchRequests();
  const reference = bareReferenceQuery(db);
  const engine: number[] = [];
  // The same searches' CPU time: what load from elsewhere on a shared machine does not inflate.
  const engineCpu: number[] = [];
  const firsts: number[] = [];
  const bare: number[] = [];
  for (let round = 0; round < 3; round++) {
    // A new attribute index each round, as after the library changes: nothing of the round
    // before is remembered. One search not timed builds what the index builds once.
    const index = buildAttributeIndex(library.attributeRows());
    search(library, index, { query: 'warm' });
    for (const [i, request] of requests.entries()) {
      let t = performance.now();
      const cpu = process.cpuUsage();
      search(library, index, request);
      engine.push(performance.now() - t);
      const used = process.cpuUsage(cpu);
      engineCpu.push((used.user + used.system) / 1000);
      if (i % 3 === 0) firsts.push(performance.now() - t);
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
  engineCpu.sort((a, b) => a - b);
  firsts.sort((a, b) => a - b);
  bare.sort((a, b) => a - b);
  db.close();
  const round1 = (n: number) => Math.round(n * 10) / 10;
  return {
    pages: stats.pages,
    documents: stats.documents,
    searches: engine.length,
    engineP50Ms: round1(percentile(engine, 50)),
    engineP95Ms: round1(percentile(engine, 95)),
    engineCpuP50Ms: round1(percentile(engineCpu, 50)),
    engineCpuP95Ms: round1(percentile(engineCpu, 95)),
    firstP50Ms: round1(percentile(firsts, 50)),
    firstP95Ms: round1(percentile(firsts, 95)),
    bareFtsP50Ms: round1(percentile(bare, 50)),
    bareFtsP95Ms: round1(percentile(bare, 95)),
    databaseMb: Math.round((stats.databaseBytes - refBytes) / 1024 / 1024),
    referenceIndexMb: Math.round(refBytes / 1024 / 1024),
    rawTextMb: Math.round(stats.textBytes / 1024 / 1024),
    peakRssMb: maxRssMb(),
  };
}

/**
 * The bench's queries typed character by character, each keystroke's search as the search box
 * asks it (the word being typed a prefix): what a reader waits for between keystrokes. A query
 * refused as too broad answers at once, as the search box then shows.
 */
async function typingPhase(pages: number): Promise<Record<string, number>> {
  const { libraryStore } = await import('#core/store/library-store.ts');
  const { buildAttributeIndex } = await import('#core/search/document-attributes.ts');
  const { search } = await import('#core/search/search.ts');
  const { QueryTooBroadError } = await import('#core/api-errors.ts');
  const db = openLibraryDb(searchDbPath(pages));
  const library = libraryStore(db);
  const index = buildAttributeIndex(library.attributeRows());
  search(library, index, { query: 'warm' });
  const wall: number[] = [];
  const cpu: number[] = [];
  for (const query of BENCH_QUERIES) {
    const characters = [...query];
    for (let typed = 1; typed <= characters.length; typed++) {
      const started = performance.now();
      const used = process.cpuUsage();
      try {
        search(library, index, { query: characters.slice(0, typed).join(''), typing: true });
      } catch (error) {
        if (!(error instanceof QueryTooBroadError)) throw error;
      }
      const { user, system } = process.cpuUsage(used);
      wall.push(performance.now() - started);
      cpu.push((user + system) / 1000);
    }
  }
  db.close();
  wall.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const round1 = (n: number) => Math.round(n * 10) / 10;
  return {
    keystrokes: wall.length,
    typingP50Ms: round1(percentile(wall, 50)),
    typingP95Ms: round1(percentile(wall, 95)),
    typingCpuP50Ms: round1(percentile(cpu, 50)),
    typingCpuP95Ms: round1(percentile(cpu, 95)),
  };
}

/**
 * The first search after opening the library with nothing of it in the file cache, as on a laptop
 * just started: opening, reading the documents' attributes, and one search with facets and
 * snippets. The cache is emptied only where the system allows it (as root on Linux).
 */
async function coldSearchPhase(pages: number): Promise<Record<string, number>> {
  const { libraryStore } = await import('#core/store/library-store.ts');
  const { buildAttributeIndex } = await import('#core/search/document-attributes.ts');
  const { search } = await import('#core/search/search.ts');
  let cold = 0;
  try {
    spawnSync('sync');
    writeFileSync('/proc/sys/vm/drop_caches', '3');
    cold = 1;
  } catch {
    // Not allowed here: the figure is then of a warm cache, and says so.
  }
  const started = performance.now();
  const db = openLibraryDb(searchDbPath(pages));
  const library = libraryStore(db);
  const index = buildAttributeIndex(library.attributeRows());
  const opened = performance.now();
  search(library, index, { query: BENCH_QUERIES[1]! });
  const searched = performance.now();
  db.close();
  return {
    coldCache: cold,
    openMs: Math.round(opened - started),
    firstSearchMs: Math.round(searched - opened),
  };
}

function runPhase(phase: string, pages = sizes[0]!): Record<string, number> {
  // Each phase in its own process, so each peak-memory figure belongs to that phase alone.
  const child = spawnSync(
    process.execPath,
    [
      import.meta.filename,
      '--phase',
      phase,
      '--pages',
      String(pages),
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

function searchFiguresFor(pages: number): Record<string, number> {
  runPhase('build', pages);
  const cold = runPhase('cold-search', pages);
  // Peak memory is taken from a run of the engine alone: the reference's snippets read whole pages.
  return {
    ...runPhase('search', pages),
    peakRssMb: runPhase('search-memory', pages).peakRssMb!,
    ...runPhase('search-thread-memory', pages),
    ...runPhase('typing', pages),
    ...cold,
  };
}

function searchReport(figures: Record<string, number>): string {
  const cache = figures.coldCache
    ? 'file cache emptied first'
    : 'file cache NOT emptied (not allowed here)';
  return `
Search (${figures.pages} pages, ${figures.documents} documents, ${figures.searches} searches of 10 hits: query + facets + snippets)
  engine      p50 ${figures.engineP50Ms} ms, p95 ${figures.engineP95Ms} ms (target at 1,000,000 pages: p50 < 20, p95 < 50)
  engine CPU  p50 ${figures.engineCpuP50Ms} ms, p95 ${figures.engineCpuP95Ms} ms (each search's CPU time: steadier on a busy machine)
  new queries p50 ${figures.firstP50Ms} ms, p95 ${figures.firstP95Ms} ms (each query's first search, before its filter and its next page)
  typing      p50 ${figures.typingP50Ms} ms, p95 ${figures.typingP95Ms} ms; CPU p50 ${figures.typingCpuP50Ms} ms, p95 ${figures.typingCpuP95Ms} ms (each query typed character by character, ${figures.keystrokes} keystrokes)
  bare FTS5   p50 ${figures.bareFtsP50Ms} ms, p95 ${figures.bareFtsP95Ms} ms (ranked MATCH + snippet, LIMIT 10)
  peak memory ${figures.searchThreadPeakRssMb} MB in a search thread, as the app searches (target < 300); ${figures.peakRssMb} MB in the process's own thread
  first       open ${figures.openMs} ms, then first search ${figures.firstSearchMs} ms (${cache})
  database    ${figures.databaseMb} MB for ${figures.rawTextMb} MB of raw page text, ${(figures.databaseMb! / figures.rawTextMb!).toFixed(2)} × (reference index ${figures.referenceIndexMb} MB more)`;
}

async function main() {
  mkdirSync(WORK, { recursive: true });
  const pages = sizes[0]!;
  if (args.phase === 'ingest') return void console.log(JSON.stringify(await ingestPhase()));
  if (args.phase === 'build') {
    await buildLargeLibrary(searchDbPath(pages), pages);
    return void console.log('{}');
  }
  if (args.phase === 'search')
    return void console.log(JSON.stringify(await searchPhase(pages, true)));
  if (args.phase === 'search-memory')
    return void console.log(JSON.stringify(await searchPhase(pages, false)));
  if (args.phase === 'search-thread-memory')
    return void console.log(JSON.stringify(await searchThreadPhase(pages)));
  if (args.phase === 'typing') return void console.log(JSON.stringify(await typingPhase(pages)));
  if (args.phase === 'cold-search')
    return void console.log(JSON.stringify(await coldSearchPhase(pages)));
  const ingest = args['skip-ingest'] ? null : runPhase('ingest');
  const search = sizes.map(searchFiguresFor);
  const report = { when: new Date().toISOString(), node: process.version, ingest, search };
  writeFileSync(resolve('bench-report.json'), `${JSON.stringify(report, null, 2)}\n`);
  const ingestReport = ingest
    ? `
Ingest (${ingest.pdfFiles} PDFs, ${ingest.enginePages} pages, 2 workers)
  engine      ${ingest.enginePagesPerSecond} pages/s
  pdftotext   ${ingest.pdftotextPagesPerSecond} pages/s (2 processes; mean of a run before and one after)
  ratio       ${ingest.ratio}  (target >= 0.5)
  cpu ratio   ${ingest.cpuRatio}  (pages per CPU second against pdftotext's: steadier on a busy machine)
  peak memory ${ingest.peakRssMb} MB (target < 300)
`
    : '';
  console.log(`${ingestReport}
Search corpus: ${CORPUS_DESCRIPTION}
${search.map(searchReport).join('\n')}

Report written to bench-report.json`);
}

await main();
