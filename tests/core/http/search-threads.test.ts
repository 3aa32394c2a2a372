// The classroom server's searches: run in threads of their own, stopped at their time limit while
// the server keeps answering everyone else, refused at once when too broad, and counted per
// visitor's address (a PDF's many range requests are not).
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '#core/http/http-server.ts';
import type { RunningServer } from '#core/http/http-server.ts';
import { createSearchRate } from '#core/http/search-rate.ts';
import { openPortal } from '#core/portal.ts';
import type { Portal } from '#core/portal.ts';
import { ensureClassroomLibrary } from '#scripts/bench/classroom-library.ts';
import { openIndexedPortal } from '../../helpers/indexed-portal.ts';
import { rawHttpRequest } from '../../helpers/raw-http.ts';
import { tempFolderFor } from '../../helpers/temp-folder.ts';

const FIXTURE_PDF = resolve(import.meta.dirname, '../../fixtures/pdf/english-handbook.pdf');

/** 330 one-letter prefixes in 1,000 characters. */
const LETTER_PREFIXES = Array.from(
  { length: 330 },
  (_, i) => `${'abcdefghijklmnopqrstuvwxyz'[i % 26]}*`,
).join(' ');

/** 32 two-letter prefixes, each standing for about 100 words of the synthetic library. */
const TWO_LETTER_PREFIXES =
  'ma* pa* vi* ri* go* su* ra* fa* bo* no* mi* lo* ka* tu* si* de* te* le* ha* ne* re* in* co* tr* pr* ju* wo* wi* ve* th* se* fo*';

async function searchOver(server: RunningServer, query: string) {
  const answer = await rawHttpRequest(server.port, '/api/search', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ args: [{ query }] }),
  });
  const result = JSON.parse(answer.body.toString('utf8')) as {
    ok: boolean;
    value?: { total: number };
    error?: { code: string; message: string };
  };
  return { status: answer.status, headers: answer.headers, result };
}

function staticFolder(root: string): string {
  const staticDir = join(root, 'renderer');
  mkdirSync(staticDir, { recursive: true });
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Portal interface</title>');
  return staticDir;
}

describe('a search past its time limit', () => {
  let portal: Portal;
  let server: RunningServer;
  let rareWordDocuments: number;

  beforeAll(async () => {
    const root = tempFolderFor('search-threads');
    const libraryDbPath = join(root, 'library.sqlite');
    // Large enough that the costly search takes tens of times an ordinary one: the limit set between
    // them must hold for an ordinary search beside the costly one on a machine busy with other tests.
    ensureClassroomLibrary(libraryDbPath, 4000);
    portal = openPortal({
      libraryDbPath,
      userDbPath: join(root, 'user.sqlite'),
      libraryFolder: root,
    });
    // Without a bound on prefixes, so that a search runs long enough to meet the time limit.
    const serve = (timeLimitMs: number) =>
      startServer({
        portal,
        staticDir: staticFolder(root),
        libraryDir: root,
        port: 0,
        roomCode: null,
        searchThreads: {
          libraryDbPath,
          timeLimitMs,
          queryBounds: { maxPrefixWords: Infinity, maxClusters: Infinity },
        },
      });
    // How long each search takes on this machine now, so that the limit falls between them.
    const probe = await serve(120_000);
    await Promise.all([searchOver(probe, 'rateno'), searchOver(probe, 'rateno')]);
    const timed = async (query: string) => {
      const from = performance.now();
      await searchOver(probe, query);
      return performance.now() - from;
    };
    rareWordDocuments = (await searchOver(probe, 'rateno')).result.value!.total;
    const ordinaryMs = Math.max(await timed('rateno'), await timed('rateno'), 5);
    const costlyMs = await timed(TWO_LETTER_PREFIXES);
    await probe.close();
    expect(costlyMs, 'the costly search must take far longer than an ordinary one').toBeGreaterThan(
      20 * ordinaryMs,
    );
    // Half the costly search: ten times an ordinary one at least, beside it on a busy machine.
    server = await serve(Math.round(costlyMs / 2));
    // Both threads started and with their library open, so that timings are the searches' own.
    await Promise.all([searchOver(server, 'rateno'), searchOver(server, 'rateno')]);
    // Building the library takes some 45 s alone, and once took over 180 s beside two benchmarks.
  }, 300_000);

  afterAll(async () => {
    await server?.close();
    portal?.close();
  });

  it('is stopped and answers "search-too-slow", while the server keeps serving others', async () => {
    expect(rareWordDocuments).toBeGreaterThan(0);
    const started = performance.now();
    let costlyAnsweredAt = 0;
    const costly = searchOver(server, TWO_LETTER_PREFIXES).then((answer) => {
      costlyAnsweredAt = performance.now();
      return answer;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const page = await rawHttpRequest(server.port, '/');
    const pageAnsweredAt = performance.now();
    const ordinary = await searchOver(server, 'rateno');

    const slow = await costly;
    expect(slow.status).toBe(503);
    expect(slow.result.error?.code).toBe('search-too-slow');
    expect(costlyAnsweredAt - started).toBeLessThan(10_000);
    // The interface was served while the costly search ran; a search of a rare word beside it.
    expect(page.status).toBe(200);
    expect(pageAnsweredAt).toBeLessThan(costlyAnsweredAt);
    expect(ordinary.result.ok).toBe(true);

    // A new thread took the stopped one's place: searches go on.
    for (let i = 0; i < 3; i++) {
      const after = await searchOver(server, 'rateno');
      expect(after.status).toBe(200);
      expect(after.result.value?.total).toBe(rareWordDocuments);
    }
  }, 60_000);
});

describe('searches counted per visitor', () => {
  let portal: Portal;
  let visitors: RunningServer;
  let thisComputer: RunningServer;
  let pdfId: string;

  beforeAll(async () => {
    const root = tempFolderFor('search-rate');
    const library = join(root, 'library');
    mkdirSync(library, { recursive: true });
    copyFileSync(FIXTURE_PDF, join(library, 'handbook.pdf'));
    const opened = await openIndexedPortal(root, library);
    portal = opened.portal;
    pdfId = opened.documents[0]!.id;
    const options = {
      portal,
      staticDir: staticFolder(root),
      libraryDir: library,
      port: 0,
      roomCode: null,
      searchThreads: { libraryDbPath: portal.libraryDbPath },
    };
    const rate = () => createSearchRate({ burst: 3, perSecond: 0.01, maxClients: 10 });
    visitors = await startServer({ ...options, isThisComputer: () => false, searchRate: rate() });
    thisComputer = await startServer({
      ...options,
      isThisComputer: () => true,
      searchRate: rate(),
    });
  }, 60_000);

  afterAll(async () => {
    await visitors?.close();
    await thisComputer?.close();
    portal?.close();
  });

  it('refuses a too broad search at once, with its code', async () => {
    const broad = await searchOver(thisComputer, LETTER_PREFIXES);
    expect(broad.status).toBe(422);
    expect(broad.result.error?.code).toBe('query-too-broad');
  });

  it('answers 429 with Retry-After after the burst, never counting file ranges', async () => {
    for (let i = 0; i < 10; i++) {
      const range = await rawHttpRequest(visitors.port, `/files/${pdfId}`, {
        headers: { Range: `bytes=${i * 100}-${i * 100 + 99}` },
      });
      expect(range.status).toBe(206);
    }
    expect((await searchOver(visitors, 'trafficking')).status).toBe(200);
    expect((await searchOver(visitors, LETTER_PREFIXES)).status).toBe(422);
    expect((await searchOver(visitors, 'victims')).status).toBe(200);
    const refused = await searchOver(visitors, 'victims');
    expect(refused.status).toBe(429);
    expect(refused.result.error?.code).toBe('too-many-searches');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    // Reading a document goes on.
    const range = await rawHttpRequest(visitors.port, `/files/${pdfId}`, {
      headers: { Range: 'bytes=0-99' },
    });
    expect(range.status).toBe(206);
  });

  it('leaves searches from this computer uncounted', async () => {
    for (let i = 0; i < 5; i++) {
      expect((await searchOver(thisComputer, 'victims')).status).toBe(200);
    }
  });
});
