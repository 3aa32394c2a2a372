// Interface benchmark (not a test): the answers the interface waits on (the home page's stats,
// taxonomy, recent documents and browse facets, a country's documents, a long document's details
// and its pages), asked over HTTP of `portal serve` on a large library and on a small one.
// With --reference <checkout of an earlier commit>, that checkout serves a copy of each library
// too, and each request goes to both servers in turn, so load from elsewhere on the machine
// weighs on both sides alike.
// Usage: npm run bench:interface [-- --pages 1000000 --small 10000 --rounds 30 --reference DIR]
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { openLibraryDb } from '#core/db/open-database.ts';
import { registerPageTextFunctions } from '#core/store/library/page-text.ts';
import {
  ensureInterfaceLibrary,
  LONG_DOCUMENT_ID,
  LONG_DOCUMENT_PAGES,
} from './interface-library.ts';
import type { InterfaceLibrary } from './interface-library.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const WORK = join(ROOT, '.tmp', 'bench');

const { values: args } = parseArgs({
  options: {
    pages: { type: 'string', default: '1000000' },
    small: { type: 'string', default: '10000' },
    rounds: { type: 'string', default: '30' },
    reference: { type: 'string' },
  },
});

interface Ask {
  label: string;
  method: string;
  args: unknown[];
  /** False where the reference's API does not know the request (it answers 400). */
  inReference?: boolean;
}

const WINDOW = 12;
const ASKS: Ask[] = [
  { label: 'stats', method: 'stats', args: [] },
  { label: 'taxonomy', method: 'taxonomy', args: [] },
  {
    label: 'listDocuments (6 recent)',
    method: 'listDocuments',
    args: [{ recent: true, limit: 6 }],
  },
  {
    label: 'listDocuments (a country, first 150)',
    method: 'listDocuments',
    args: [{ country: 'VN', limit: 150 }],
  },
  {
    label: "empty search (a country's types)",
    method: 'search',
    args: [{ query: '', filters: { countries: ['VN'] }, limit: 1 }],
  },
  {
    label: 'listDocuments (a country, all)',
    method: 'listDocuments',
    args: [{ country: 'VN', limit: 5000 }],
  },
  { label: 'empty search (home facets)', method: 'search', args: [{ query: '', limit: 1 }] },
  {
    label: `getDocument (${LONG_DOCUMENT_PAGES} pages)`,
    method: 'getDocument',
    args: [LONG_DOCUMENT_ID],
  },
  { label: `getPages (all ${LONG_DOCUMENT_PAGES})`, method: 'getPages', args: [LONG_DOCUMENT_ID] },
  {
    label: `getPages (${WINDOW} pages at 1500)`,
    method: 'getPages',
    args: [{ id: LONG_DOCUMENT_ID, from: 1500, count: WINDOW }],
    inReference: false,
  },
];

interface Server {
  url: string;
  child: ChildProcess;
}

/** Starts `portal serve` of a checkout on a library and waits for the address it prints. */
function serve(checkout: string, dbPath: string): Promise<Server> {
  const child = spawn(
    process.execPath,
    [join(checkout, 'scripts', 'portal.ts'), 'serve', '--db', dbPath, '--port', '0'],
    { cwd: checkout, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  return new Promise((resolveServer, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /Serving the Resource Portal at (http:\/\/\S+)/.exec(output)?.[1];
      if (url) {
        child.stdout!.off('data', onData);
        resolveServer({ url, child });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) =>
      reject(new Error(`portal serve (${checkout}) ended with ${code}:\n${output}`)),
    );
  });
}

async function stop(server: Server): Promise<void> {
  if (server.child.exitCode !== null) return;
  const exited = new Promise((done) => server.child.once('exit', done));
  server.child.kill('SIGTERM');
  await exited;
}

/** One request: its time in milliseconds and the size of its answer. */
async function ask(server: Server, request: Ask): Promise<{ ms: number; bytes: number }> {
  const started = performance.now();
  const response = await fetch(`${server.url.replace(/\/$/, '')}/api/${request.method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ args: request.args }),
  });
  const body = await response.text();
  const ms = performance.now() - started;
  const answer = JSON.parse(body) as { ok: boolean; error?: { message: string } };
  if (!answer.ok) throw new Error(`${request.label}: ${answer.error?.message ?? body}`);
  return { ms, bytes: body.length };
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

interface Figures {
  first: number;
  p50: number;
  p95: number;
  bytes: number;
}

/**
 * A copy of a library for the reference checkout, at the schema version it knows: what newer
 * migrations added stays in the file, unread by the older code, and is never written to; page
 * text goes back to the form a checkout from before it was packed reads.
 */
function referenceCopy(library: InterfaceLibrary, reference: string): string {
  const dir = join(WORK, 'reference');
  mkdirSync(dir, { recursive: true });
  const copy = join(dir, library.dbPath.split('/').at(-1)!);
  for (const suffix of ['', '-wal', '-shm']) rmSync(copy + suffix, { force: true });
  copyFileSync(library.dbPath, copy);
  const known = readdirSync(join(reference, 'electron', 'core', 'db', 'library-migrations')).filter(
    (file) => /^\d{4}-.*\.ts$/.test(file),
  ).length;
  const db = new Database(copy);
  if ((db.pragma('user_version', { simple: true }) as number) > known)
    db.pragma(`user_version = ${known}`);
  if (known < PACKED_PAGES_VERSION) unpackPages(db);
  db.close();
  return copy;
}

/** The migration that packed page text (library migration 0012). */
const PACKED_PAGES_VERSION = 12;

/** Page text as a checkout from before migration 0012 reads it: as text, in a text column. */
function unpackPages(db: Database.Database): void {
  registerPageTextFunctions(db);
  db.exec(`
    CREATE TABLE unpacked_pages (rowid INTEGER PRIMARY KEY, text TEXT NOT NULL, label TEXT);
    INSERT INTO unpacked_pages SELECT rowid, unpack_page_text(packed_text), label FROM pages;
    DROP TABLE pages;
    ALTER TABLE unpacked_pages RENAME TO pages;
  `);
}

/** Measures every request against each server in turn: the first answer, then `rounds` more. */
async function measure(servers: (Server | null)[], rounds: number): Promise<(Figures | null)[][]> {
  const times = ASKS.map(() => servers.map(() => [] as number[]));
  const firsts = ASKS.map(() => servers.map(() => 0));
  const sizes = ASKS.map(() => servers.map(() => 0));
  for (let round = 0; round <= rounds; round++) {
    for (const [a, request] of ASKS.entries()) {
      for (const [s, server] of servers.entries()) {
        if (!server || (s > 0 && request.inReference === false)) continue;
        const answer = await ask(server, request).catch((error: unknown) => {
          if (round === 0) process.stderr.write(`${String(error)}\n`);
          return null;
        });
        if (!answer) continue;
        const { ms, bytes } = answer;
        if (round === 0) firsts[a]![s] = ms;
        else times[a]![s]!.push(ms);
        sizes[a]![s] = bytes;
      }
    }
  }
  return ASKS.map((request, a) =>
    servers.map((server, s) => {
      const sorted = times[a]![s]!.sort((x, y) => x - y);
      if (!server || sorted.length === 0) return null;
      return {
        first: firsts[a]![s]!,
        p50: percentile(sorted, 50),
        p95: percentile(sorted, 95),
        bytes: sizes[a]![s]!,
      };
    }),
  );
}

const ms = (n: number) => (n < 10 ? n.toFixed(1) : String(Math.round(n)));
const size = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
const cell = (f: Figures | null | undefined) =>
  f
    ? `${`${ms(f.p50)}/${ms(f.p95)}`.padStart(10)} ${ms(f.first).padStart(6)} ${size(f.bytes).padStart(8)}`
    : `${'—'.padStart(10)} ${'—'.padStart(6)} ${'—'.padStart(8)}`;

async function benchLibrary(pages: number, rounds: number, reference: string | undefined) {
  const library = ensureInterfaceLibrary(WORK, pages);
  // Brought to this version's schema and closed, so that the file alone (no write-ahead log
  // beside it) holds the whole library when it is copied for the reference.
  openLibraryDb(library.dbPath).close();
  const copy = reference ? referenceCopy(library, reference) : null;
  const servers: (Server | null)[] = [await serve(ROOT, library.dbPath)];
  try {
    servers.push(reference && copy ? await serve(reference, copy) : null);
    return await measure(servers, rounds);
  } finally {
    for (const server of servers) if (server) await stop(server);
  }
}

async function main() {
  const reference = args.reference ? resolve(args.reference) : undefined;
  if (reference && !existsSync(join(reference, 'scripts', 'portal.ts')))
    throw new Error(`--reference ${reference} is not a checkout of the portal.`);
  mkdirSync(WORK, { recursive: true });
  const rounds = Number(args.rounds);
  const sizes = [Number(args.small), Number(args.pages)];
  const results = [];
  for (const pages of sizes) results.push(await benchLibrary(pages, rounds, reference));
  const columns = sizes.flatMap((pages) =>
    (reference ? ['this', 'reference'] : ['this']).map((who) => `${who} (${pages} pages)`),
  );
  console.log(
    `\nInterface answers over HTTP (portal serve), ${rounds} rounds after a first answer;` +
      ` each cell: p50/p95 ms, first answer ms, answer size (target p95 < 100 ms at 1,000,000 pages)` +
      (reference ? `\nreference: ${reference}` : ''),
  );
  console.log(`${''.padEnd(34)}${columns.map((c) => c.padEnd(28)).join('')}`);
  for (const [a, request] of ASKS.entries()) {
    const cells = results.flatMap((figures) =>
      figures[a]!.slice(0, reference ? 2 : 1).map((f) => cell(f).padEnd(28)),
    );
    console.log(`${request.label.padEnd(34)}${cells.join('')}`);
  }
}

await main();
