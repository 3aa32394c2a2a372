// The classroom under load: the desktop app's classroom process serves an indexed library, and
// participants, each from a loopback address of its own (so that a per-client limit sees them as
// different devices) and naming the server by the computer's name (as a phone on the Wi-Fi does,
// so the server treats them as visitors, not as a browser on this computer), get in with the room
// code and then send requests back to back until the time is up.
import { fork, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CLASSROOM_PROCESS_URL } from '#core/classroom/classroom-host.ts';
import { readFromClassroom } from '#core/classroom/classroom-messages.ts';
import type { FromClassroom } from '#core/classroom/classroom-messages.ts';
import { ROOM_QUERY_PARAMETER } from '#core/http/room-code.ts';
import { ROOM_COOKIE_NAME } from '#core/http/room-cookie.ts';
import { seededRandom } from '../seeded-random.ts';
import type { StressLibraryOptions } from './stress-library.ts';
import { DEFAULT_STRESS_LIBRARY, writeStressLibrary } from './stress-library.ts';

const CLI = resolve(import.meta.dirname, '..', 'portal.ts');
const BUILT_INTERFACE = resolve(import.meta.dirname, '..', '..', 'dist', 'renderer');

export const REQUEST_KINDS = ['search', 'pages', 'file', 'costly'] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];
/** What participants do most: everything but the costly query. */
export const ORDINARY_KINDS: readonly RequestKind[] = ['search', 'pages', 'file'];

/** Ordinary searches, as participants type them, in the region's languages. */
export const LOAD_QUERIES = [
  'trafficking',
  'victim protection',
  'digital evidence',
  '"forced labour"',
  'fishing vessel*',
  'court -child',
  'passport OR border',
  'bảo vệ nạn nhân',
  'lua dao viec lam',
  'การค้ามนุษย์',
  'ການຄ້າມະນຸດ',
  'ការជួញដូរមនុស្ស',
  'လူကုန်ကူး',
  'pekerja migran',
  'buruh paksa',
  'rekrutment',
];

/** The costly query: 330 one-letter prefixes, 989 characters (the API takes up to 1,000). */
export const COSTLY_QUERY = Array.from(
  { length: 330 },
  (_, i) => `${String.fromCharCode(97 + (i % 26))}*`,
).join(' ');

export interface ClassroomLoadOptions {
  clients: number;
  seconds: number;
  /** The share of requests that are the costly query (0 to 1). */
  costlyShare: number;
  seed: number;
  /** An indexed library folder's source; a generated one when not given. */
  folder?: string;
  /** The generated library's size, when no folder is given. */
  library?: StressLibraryOptions;
  /** A folder of the run's own (library database, interface); emptied first. */
  work: string;
  log: (line: string) => void;
}

export interface KindFigures {
  requests: number;
  ok: number;
  /** 429: a per-client or cost limit answered; not an error. */
  limited: number;
  /** 422 (or 400) to the costly query: the query's cost bounds refused it; not an error. */
  refused: number;
  /** Failures by what they were (status or network error). */
  errors: Record<string, number>;
  /** Milliseconds of the answered requests (ok, limited and refused). */
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export interface LoadReport {
  clients: number;
  seconds: number;
  costlyShare: number;
  documents: number;
  pdfs: number;
  kinds: Record<RequestKind, KindFigures>;
  requests: number;
  ordinaryErrors: number;
  /** Server memory: before the load, the highest sampled, and the kernel's high-water mark. */
  memory: { startMb: number; peakMb: number; highWaterMb: number | null };
  /** What the server wrote to its log during the run (failures name their cause there). */
  serverLog: string[];
}

function runPortal(args: string[], home: string): Promise<void> {
  const child = spawn(process.execPath, [CLI, ...args], {
    env: { ...process.env, PORTAL_HOME: home },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((done, fail) => {
    child.once('error', fail);
    child.once('close', (code) =>
      code === 0 ? done() : fail(new Error(`portal ${args[0]} failed: ${stderr}`)),
    );
  });
}

/** The built interface when there is one, or a page standing in for it (no page is loaded). */
function staticDirIn(work: string): string {
  if (existsSync(join(BUILT_INTERFACE, 'index.html'))) return BUILT_INTERFACE;
  const dir = join(work, 'interface');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Resource Portal</title>');
  return dir;
}

interface Classroom {
  port: number;
  roomCode: string;
  pid: number;
  log: string[];
  stop(): Promise<void>;
}

/** Starts the classroom process as the app does, and waits for its address and room code. */
async function startClassroom(
  library: { folder: string; libraryDb: string; userDb: string },
  staticDir: string,
  stopAfterMs: number,
): Promise<Classroom> {
  const child: ChildProcess = fork(fileURLToPath(CLASSROOM_PROCESS_URL), [], {
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  const log: string[] = [];
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => log.push(chunk.trim()));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const started = await new Promise<Extract<FromClassroom, { type: 'started' }>>((done, fail) => {
    child.on('message', (received) => {
      const message = readFromClassroom(received);
      if (message?.type === 'started') done(message);
      else if (message?.type === 'failed') fail(new Error(message.message));
      else if (message?.type === 'log') log.push(message.line);
    });
    child.once('exit', (code) => fail(new Error(`The classroom process ended (${code}).`)));
    child.send({
      type: 'start',
      libraryDbPath: library.libraryDb,
      userDbPath: library.userDb,
      libraryFolder: library.folder,
      staticDir,
      port: 0,
      stopAfterMs,
    });
  });
  return {
    port: started.port,
    roomCode: started.roomCode,
    pid: child.pid!,
    log,
    stop: async () => {
      if (child.connected) child.send({ type: 'stop' });
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Resident memory of a process in MiB, current (VmRSS) or highest so far (VmHWM); Linux only. */
function memoryOf(pid: number, field: 'VmRSS' | 'VmHWM'): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1];
    return kb === undefined ? null : Number(kb) / 1024;
  } catch {
    return null;
  }
}

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A participant's device: its own loopback address, its own connections and the room cookie. */
class Participant {
  private readonly agent: Agent;
  private readonly port: number;
  private readonly host: string;
  private cookie = '';

  constructor(port: number, host: string, localAddress: string | undefined) {
    this.port = port;
    this.host = host;
    this.agent = new Agent({ keepAlive: true, maxSockets: 1, localAddress });
  }

  send(
    path: string,
    init: { method?: string; headers?: Record<string, string>; body?: string } = {},
  ): Promise<Answer> {
    return new Promise((done, fail) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: this.port,
          path,
          method: init.method ?? 'GET',
          agent: this.agent,
          headers: {
            Host: this.host,
            ...(this.cookie ? { Cookie: this.cookie } : {}),
            ...init.headers,
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () =>
            done({
              status: res.statusCode ?? 0,
              headers: res.headers,
              body: Buffer.concat(chunks),
            }),
          );
          res.on('error', fail);
        },
      );
      req.setTimeout(120_000, () => req.destroy(new Error('no answer within 120 s')));
      req.on('error', fail);
      req.end(init.body);
    });
  }

  /** Opens the shared address with the room code, as the QR code does, and keeps the cookie. */
  async enter(roomCode: string): Promise<void> {
    const answer = await this.send(`/?${ROOM_QUERY_PARAMETER}=${roomCode}`);
    const setCookie = [answer.headers['set-cookie'] ?? []].flat();
    const kept = setCookie.find((c) => c.startsWith(`${ROOM_COOKIE_NAME}=`));
    if (!kept) throw new Error(`The room code was not taken (HTTP ${answer.status}).`);
    this.cookie = kept.split(';')[0]!;
  }

  api(method: string, args: unknown[]): Promise<Answer> {
    return this.send(`/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ args }),
    });
  }

  close(): void {
    this.agent.destroy();
  }
}

/** Loopback addresses of their own for the participants, where the system has them (Linux). */
async function localAddresses(count: number, port: number, host: string): Promise<string[]> {
  const probe = new Participant(port, host, '127.0.0.2');
  try {
    await probe.send('/');
    return Array.from(
      { length: count },
      (_, i) => `127.0.${1 + Math.floor(i / 250)}.${2 + (i % 250)}`,
    );
  } catch {
    return [];
  } finally {
    probe.close();
  }
}

interface LibraryDocument {
  id: string;
  format: string;
  pageCount: number;
}

const jsonOf = (answer: Answer) => JSON.parse(answer.body.toString('utf8')) as unknown;

async function libraryDocuments(participant: Participant): Promise<LibraryDocument[]> {
  const answer = await participant.api('listDocuments', [{ limit: 5000 }]);
  const result = jsonOf(answer) as { ok: boolean; value?: LibraryDocument[] };
  if (!result.ok || !result.value) throw new Error(`listDocuments failed (HTTP ${answer.status}).`);
  return result.value;
}

/** Each PDF's size, from the Content-Range of a one-byte range. */
async function pdfSizes(participant: Participant, pdfs: LibraryDocument[]) {
  const sized: { id: string; size: number }[] = [];
  for (const pdf of pdfs) {
    const answer = await participant.send(`/files/${pdf.id}`, { headers: { Range: 'bytes=0-0' } });
    const total = /\/(\d+)$/.exec(String(answer.headers['content-range'] ?? ''))?.[1];
    if (answer.status === 206 && total) sized.push({ id: pdf.id, size: Number(total) });
  }
  return sized;
}

const RANGE_BYTES = 64 * 1024;

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export async function runClassroomLoad(options: ClassroomLoadOptions): Promise<LoadReport> {
  const { log } = options;
  const work = resolve(options.work);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(join(work, 'home'), { recursive: true });
  const folder = options.folder
    ? resolve(options.folder)
    : writeStressLibrary(join(work, 'library'), options.library ?? DEFAULT_STRESS_LIBRARY);
  const library = {
    folder,
    libraryDb: join(work, 'library.sqlite'),
    userDb: join(work, 'user.sqlite'),
  };
  log(`Indexing ${folder}...`);
  await runPortal(['index', folder, '--db', library.libraryDb], join(work, 'home'));

  const stopAfterMs = Math.ceil((options.seconds + 600) * 1000);
  const classroom = await startClassroom(library, staticDirIn(work), stopAfterMs);
  const host = `${hostname().toLowerCase()}:${classroom.port}`;
  try {
    const guide = new Participant(classroom.port, host, undefined);
    await guide.enter(classroom.roomCode);
    const documents = await libraryDocuments(guide);
    const pdfs = await pdfSizes(
      guide,
      documents.filter((d) => d.format === 'pdf'),
    );
    guide.close();
    const withPages = documents.filter((d) => d.pageCount > 0);
    if (withPages.length === 0 || pdfs.length === 0)
      throw new Error('The library needs documents with pages, PDFs among them.');

    const addresses = await localAddresses(options.clients, classroom.port, host);
    const participants = Array.from(
      { length: options.clients },
      (_, i) => new Participant(classroom.port, host, addresses[i]),
    );
    await Promise.all(participants.map((p) => p.enter(classroom.roomCode)));
    log(
      `Classroom on port ${classroom.port} (room code ${classroom.roomCode}), ` +
        `${documents.length} documents, ${pdfs.length} PDFs; ${options.clients} participants ` +
        `${addresses.length ? 'from their own loopback addresses' : 'from 127.0.0.1'} ` +
        `for ${options.seconds} s, ${Math.round(options.costlyShare * 100)} % costly queries.`,
    );

    const latencies = Object.fromEntries(REQUEST_KINDS.map((k) => [k, [] as number[]])) as Record<
      RequestKind,
      number[]
    >;
    const kinds = Object.fromEntries(
      REQUEST_KINDS.map((k) => [
        k,
        { requests: 0, ok: 0, limited: 0, refused: 0, errors: {}, p50: 0, p95: 0, p99: 0, max: 0 },
      ]),
    ) as Record<RequestKind, KindFigures>;

    const startMb = memoryOf(classroom.pid, 'VmRSS') ?? 0;
    let peakMb = startMb;
    const sampler = setInterval(() => {
      peakMb = Math.max(peakMb, memoryOf(classroom.pid, 'VmRSS') ?? 0);
    }, 200);

    const deadline = performance.now() + options.seconds * 1000;
    const play = async (participant: Participant, index: number) => {
      const random = seededRandom(options.seed * 1000 + index);
      const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
      while (performance.now() < deadline) {
        const kind: RequestKind = random() < options.costlyShare ? 'costly' : pick(ORDINARY_KINDS);
        const started = performance.now();
        const figures = kinds[kind];
        figures.requests++;
        try {
          const answer = await sendOne(participant, kind, pick, random);
          const ms = performance.now() - started;
          const outcome = outcomeOf(kind, answer);
          if (outcome === 'error') {
            const key = `HTTP ${answer.status}`;
            figures.errors[key] = (figures.errors[key] ?? 0) + 1;
          } else {
            figures[outcome]++;
            latencies[kind].push(ms);
          }
        } catch (error) {
          const key = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
          figures.errors[key] = (figures.errors[key] ?? 0) + 1;
        }
      }
    };
    const sendOne = (
      participant: Participant,
      kind: RequestKind,
      pick: <T>(items: readonly T[]) => T,
      random: () => number,
    ): Promise<Answer> => {
      switch (kind) {
        case 'search':
          return participant.api('search', [{ query: pick(LOAD_QUERIES), limit: 20 }]);
        case 'costly':
          return participant.api('search', [{ query: COSTLY_QUERY, limit: 20 }]);
        case 'pages':
          return participant.api('getPages', [pick(withPages).id]);
        case 'file': {
          const pdf = pick(pdfs);
          const start = Math.floor(random() * Math.max(1, pdf.size - RANGE_BYTES));
          const end = Math.min(pdf.size - 1, start + RANGE_BYTES - 1);
          return participant.send(`/files/${pdf.id}`, {
            headers: { Range: `bytes=${start}-${end}` },
          });
        }
      }
    };
    await Promise.all(participants.map(play));
    clearInterval(sampler);
    peakMb = Math.max(peakMb, memoryOf(classroom.pid, 'VmRSS') ?? 0);
    const highWaterMb = memoryOf(classroom.pid, 'VmHWM');
    for (const p of participants) p.close();

    for (const kind of REQUEST_KINDS) {
      const sorted = latencies[kind].sort((a, b) => a - b);
      Object.assign(kinds[kind], {
        p50: percentile(sorted, 50),
        p95: percentile(sorted, 95),
        p99: percentile(sorted, 99),
        max: sorted.at(-1) ?? 0,
      });
    }
    const errorsOf = (kind: RequestKind) =>
      Object.values(kinds[kind].errors).reduce((sum, n) => sum + n, 0);
    return {
      clients: options.clients,
      seconds: options.seconds,
      costlyShare: options.costlyShare,
      documents: documents.length,
      pdfs: pdfs.length,
      kinds,
      requests: REQUEST_KINDS.reduce((sum, k) => sum + kinds[k].requests, 0),
      ordinaryErrors: ORDINARY_KINDS.reduce((sum, k) => sum + errorsOf(k), 0),
      memory: { startMb, peakMb, highWaterMb },
      serverLog: classroom.log,
    };
  } finally {
    await classroom.stop();
  }
}

/** 2xx is ok; 429 is a limit at work; a 400 to the costly query is its cost bounds at work. */
function outcomeOf(kind: RequestKind, answer: Answer): 'ok' | 'limited' | 'refused' | 'error' {
  if (answer.status === 429) return 'limited';
  // The query's cost bounds answer 422 (query-too-broad); an older server's parser, 400.
  if (kind === 'costly' && (answer.status === 422 || answer.status === 400)) return 'refused';
  if (answer.status < 200 || answer.status > 299) return 'error';
  if (kind === 'file') return answer.status === 206 ? 'ok' : 'error';
  const result = jsonOf(answer) as { ok?: boolean };
  return result.ok === true ? 'ok' : 'error';
}

const ms = (n: number) => (n >= 1000 ? `${(n / 1000).toFixed(2)} s` : `${Math.round(n)} ms`);

export function formatLoadReport(report: LoadReport): string {
  const rows = REQUEST_KINDS.map((kind) => {
    const k = report.kinds[kind];
    const errors = Object.entries(k.errors)
      .map(([what, n]) => `${n} × ${what}`)
      .join(', ');
    return (
      `  ${kind.padEnd(7)} ${String(k.requests).padStart(7)} requests, ${k.ok} ok, ` +
      `${k.limited} limited, ${k.refused} refused, ` +
      `${Object.values(k.errors).reduce((s, n) => s + n, 0)} errors${errors ? ` (${errors})` : ''}; ` +
      `p50 ${ms(k.p50)}, p95 ${ms(k.p95)}, p99 ${ms(k.p99)}, max ${ms(k.max)}`
    );
  });
  const limited = REQUEST_KINDS.reduce((s, k) => s + report.kinds[k].limited, 0);
  const { memory } = report;
  return [
    `${report.clients} participants, ${report.seconds} s: ${report.requests} requests ` +
      `(${Math.round(report.requests / report.seconds)}/s), ${report.ordinaryErrors} errors ` +
      `in ordinary requests, ${limited} limited (429).`,
    ...rows,
    `  server memory (RSS): ${Math.round(memory.startMb)} MB before, peak ${Math.round(memory.peakMb)} MB sampled` +
      (memory.highWaterMb === null ? '' : `, high-water mark ${Math.round(memory.highWaterMb)} MB`),
    ...(report.serverLog.length
      ? [`  server log (last lines):`, ...report.serverLog.slice(-5).map((l) => `    ${l}`)]
      : []),
  ].join('\n');
}
