// Costly-query benchmark (not a test): ordinary searches over HTTP on a 1,500-document library,
// p50 and p95, alone and while 4 clients loop a costly query (32 two-letter prefixes, then 330
// one-letter ones), for three servers in the same run:
//   before   searches in the server's thread, no bounds on what a query may cost;
//   threads  searches in worker threads (stopped at their time limit), no bounds;
//   after    worker threads and the engine's bounds (what `portal serve` runs).
// The per-address rate limit is left out: every client here comes from 127.0.0.1.
// Usage: node scripts/bench/costly-query-bench.ts [--documents 1500 --searches 60]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startServer } from '#core/http/http-server.ts';
import type { ServerOptions } from '#core/http/http-server.ts';
import { openPortal } from '#core/portal.ts';
import { DEFAULT_QUERY_BOUNDS } from '#core/search/query-bounds.ts';
import type { QueryBounds } from '#core/search/query-bounds.ts';
import { ensureClassroomLibrary } from './classroom-library.ts';
import { ENGLISH_QUERIES } from './synthetic-text.ts';

const WORK = resolve(import.meta.dirname, '..', '..', '.tmp', 'bench');

const { values: args } = parseArgs({
  options: {
    documents: { type: 'string', default: '1500' },
    searches: { type: 'string', default: '60' },
  },
});

const COSTLY = [
  'ma* pa* vi* ri* go* su* ra* fa* bo* no* mi* lo* ka* tu* si* de* te* le* ha* ne* re* in* co* tr* pr* ju* wo* wi* ve* th* se* fo*',
  Array.from({ length: 330 }, (_, i) => `${'abcdefghijklmnopqrstuvwxyz'[i % 26]}*`).join(' '),
];
const UNBOUNDED: QueryBounds = { maxPrefixWords: Infinity, maxClusters: Infinity };
const LOOPING_CLIENTS = 4;

interface Answer {
  ms: number;
  status: number;
}

async function searchOnce(url: string, query: string): Promise<Answer> {
  const started = performance.now();
  try {
    const response = await fetch(`${url}api/search`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ args: [{ query }] }),
    });
    await response.arrayBuffer();
    return { ms: performance.now() - started, status: response.status };
  } catch {
    return { ms: performance.now() - started, status: 0 };
  }
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

/** Ordinary searches one after another, as a participant types them. */
async function ordinarySearches(url: string, count: number) {
  const times: number[] = [];
  let failed = 0;
  for (let i = 0; i < count; i++) {
    const answer = await searchOnce(url, ENGLISH_QUERIES[i % ENGLISH_QUERIES.length]!);
    times.push(answer.ms);
    if (answer.status !== 200) failed++;
  }
  times.sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10) / 10;
  return { p50Ms: round(percentile(times, 50)), p95Ms: round(percentile(times, 95)), failed };
}

/** Clients sending the costly queries in turn, each as soon as the last is answered. */
function loopCostly(url: string) {
  let running = true;
  const statuses = new Map<number, number>();
  const costlyTimes: number[] = [];
  const loops = Array.from({ length: LOOPING_CLIENTS }, async (_, client) => {
    for (let n = client; running; n++) {
      const answer = await searchOnce(url, COSTLY[n % COSTLY.length]!);
      statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
      costlyTimes.push(answer.ms);
    }
  });
  return async () => {
    running = false;
    await Promise.all(loops);
    costlyTimes.sort((a, b) => a - b);
    return {
      costlyAnswers: Object.fromEntries(statuses),
      costlyP50Ms: Math.round(percentile(costlyTimes, 50)),
    };
  };
}

async function measure(name: string, dbPath: string, threads: boolean, bounds: QueryBounds) {
  const root = join(WORK, 'costly-query-bench');
  mkdirSync(join(root, 'renderer'), { recursive: true });
  writeFileSync(join(root, 'renderer', 'index.html'), '<!doctype html><title>Portal</title>');
  const portal = openPortal({
    libraryDbPath: dbPath,
    userDbPath: join(root, 'user.sqlite'),
    libraryFolder: root,
    queryBounds: bounds,
  });
  const options: ServerOptions = {
    portal,
    staticDir: join(root, 'renderer'),
    libraryDir: root,
    port: 0,
    roomCode: null,
    ...(threads ? { searchThreads: { libraryDbPath: dbPath, queryBounds: bounds } } : {}),
  };
  const server = await startServer(options);
  const count = Number(args.searches);
  try {
    await ordinarySearches(server.url, ENGLISH_QUERIES.length);
    const alone = await ordinarySearches(server.url, count);
    const stop = loopCostly(server.url);
    const loaded = await ordinarySearches(server.url, count);
    const costly = await stop();
    return { server: name, alone, withCostlyClients: loaded, ...costly };
  } finally {
    await server.close();
    portal.close();
  }
}

async function main() {
  const dbPath = join(WORK, 'classroom.sqlite');
  ensureClassroomLibrary(dbPath, Number(args.documents));
  const results = [
    await measure('before', dbPath, false, UNBOUNDED),
    await measure('threads', dbPath, true, UNBOUNDED),
    await measure('after', dbPath, true, DEFAULT_QUERY_BOUNDS),
  ];
  for (const r of results) {
    console.log(
      `${r.server.padEnd(8)} alone p50 ${r.alone.p50Ms} ms, p95 ${r.alone.p95Ms} ms | ` +
        `with ${LOOPING_CLIENTS} clients looping costly queries p50 ${r.withCostlyClients.p50Ms} ms, ` +
        `p95 ${r.withCostlyClients.p95Ms} ms, failed ${r.withCostlyClients.failed} | ` +
        `costly answers ${JSON.stringify(r.costlyAnswers)} (p50 ${r.costlyP50Ms} ms)`,
    );
  }
}

await main();
