// Real HTTP requests to a real server on 127.0.0.1, in front of the real engine over a small
// library indexed into temporary SQLite files.
import { copyFileSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { hostname, networkInterfaces } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Portal } from '#core/portal.ts';
import { startServer } from '#core/http/http-server.ts';
import type { RunningServer, ServerOptions } from '#core/http/http-server.ts';
import { lanAddresses } from '#core/http/lan-addresses.ts';
import { CONTENT_SECURITY_POLICY } from '#core/serving/security-headers.ts';
import type { Result } from '#shared/api.ts';
import type { DocumentSummary, SearchResponse } from '#shared/types.ts';
import { rawHttpRequest } from '../../helpers/raw-http.ts';
import type { RawRequest } from '../../helpers/raw-http.ts';
import { openIndexedPortal } from '../../helpers/indexed-portal.ts';
import { tempFolderFor } from '../../helpers/temp-folder.ts';
import { validArguments } from '../../helpers/portal-fixtures.ts';

const FIXTURE_PDF = resolve(import.meta.dirname, '../../fixtures/pdf/english-handbook.pdf');
const ESCAPING_ID = 'e'.repeat(64);
const TRAVERSING_ID = 'd'.repeat(64);

let root: string;
let portal: Portal;
let server: RunningServer;
let baseOptions: ServerOptions;
let pdfId: string;
let notesId: string;

const rawRequest = (path: string, init: RawRequest = {}, target: RunningServer = server) =>
  rawHttpRequest(target.port, path, init);

async function call<T>(
  method: string,
  args: unknown[],
  target: RunningServer = server,
  headers: Record<string, string> = {},
) {
  const response = await fetch(new URL(`/api/${method}`, target.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify({ args }),
  });
  return { status: response.status, result: (await response.json()) as Result<T> };
}

beforeAll(async () => {
  root = tempFolderFor('server');
  const library = join(root, 'library');
  const staticDir = join(root, 'renderer');
  mkdirSync(join(library, 'documents'), { recursive: true });
  mkdirSync(join(staticDir, 'assets'), { recursive: true });
  copyFileSync(FIXTURE_PDF, join(library, 'documents', 'handbook.pdf'));
  writeFileSync(
    join(library, 'documents', 'notes.md'),
    '# Court notes\n\nDigital evidence from phones.\n',
  );
  writeFileSync(join(root, 'secret.txt'), 'outside the served folders');
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Portal</title>');
  writeFileSync(join(staticDir, 'assets', 'app-1234.js'), 'console.log("portal")');
  symlinkSync(join(root, 'secret.txt'), join(staticDir, 'escape.txt'));
  symlinkSync(root, join(staticDir, 'up'));

  const opened = await openIndexedPortal(root, library);
  portal = opened.portal;
  pdfId = opened.documents.find((d) => d.format === 'pdf')!.id;
  notesId = opened.documents.find((d) => d.format === 'markdown')!.id;

  // An engine whose answer points outside the library must not be able to leak that file.
  symlinkSync(join(root, 'secret.txt'), join(library, 'documents', 'escape.pdf'));
  baseOptions = {
    portal: {
      api: portal.api,
      resolveDocumentFile: (id) =>
        id === ESCAPING_ID
          ? join(library, 'documents', 'escape.pdf')
          : id === TRAVERSING_ID
            ? join(library, '..', 'secret.txt')
            : portal.resolveDocumentFile(id),
      sharedView: portal.sharedView,
      isShareable: (id) => portal.isShareable(id),
    },
    staticDir,
    libraryDir: library,
    port: 0,
  };
  server = await startServer(baseOptions);
}, 60_000);

afterAll(async () => {
  await server?.close();
  portal?.close();
});

describe('startServer', () => {
  it('binds to this machine only and says where', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
    expect(server.lanUrls).toEqual([]);
  });

  it('reports the LAN addresses when asked to serve the local network', async () => {
    const lan = await startServer({ ...baseOptions, lan: true });
    try {
      const expected = lanAddresses(networkInterfaces()).map((ip) => `http://${ip}:${lan.port}/`);
      expect(lan.lanUrls).toEqual(expected);
      expect((await call<SearchResponse>('stats', [], lan)).status).toBe(200);
    } finally {
      await lan.close();
    }
  });

  it('explains a port that is taken', async () => {
    await expect(startServer({ ...baseOptions, port: server.port })).rejects.toThrow(
      /already in use/,
    );
  });
});

describe('the interface', () => {
  it('serves index.html with the security headers', async () => {
    const response = await fetch(server.url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(await response.text()).toContain('<title>Portal</title>');
  });

  it('falls back to index.html for routes of the interface, not for missing files', async () => {
    const route = await fetch(new URL('/search?q=evidence', server.url));
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('<title>Portal</title>');
    expect((await fetch(new URL('/assets/missing-5678.js', server.url))).status).toBe(404);
  });

  it('serves assets with their type and a long cache life', async () => {
    const response = await fetch(new URL('/assets/app-1234.js', server.url));
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('cache-control')).toContain('immutable');
    expect(await response.text()).toBe('console.log("portal")');
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/..%2fsecret.txt',
    '/assets/..%2F..%2Fsecret.txt',
    '/..%5csecret.txt',
    '/C:%5cWindows%5cwin.ini',
    '/index.html%00.js',
    '/escape.txt',
    '/up/secret.txt',
  ])('refuses %s', async (path) => {
    const response = await rawRequest(path);
    expect(response.status).toBe(403);
    expect(response.body.toString()).not.toContain('outside the served folders');
  });

  it('never reaches the file system root through a doubled slash', async () => {
    const response = await rawRequest('//etc/passwd');
    expect(response.body.toString()).not.toContain('root:');
  });

  it('answers other verbs with 405', async () => {
    const response = await rawRequest('/index.html', { method: 'PUT', body: 'x' });
    expect(response.status).toBe(405);
    expect(response.headers.allow).toBe('GET, HEAD');
  });
});

describe('document files', () => {
  it('serves a PDF with its type, length and a sandboxing policy', async () => {
    const response = await fetch(new URL(`/files/${pdfId}`, server.url));
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-length')).toBe(String(bytes.length));
    expect(response.headers.get('accept-ranges')).toBe('bytes');
    expect(response.headers.get('content-security-policy')).toContain('sandbox');
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('serves byte ranges', async () => {
    const response = await fetch(new URL(`/files/${pdfId}`, server.url), {
      headers: { Range: 'bytes=1-4' },
    });
    expect(response.status).toBe(206);
    expect(response.headers.get('content-range')).toMatch(/^bytes 1-4\/\d+$/);
    expect(await response.text()).toBe('PDF-');
    const beyond = await fetch(new URL(`/files/${pdfId}`, server.url), {
      headers: { Range: 'bytes=99999999-' },
    });
    expect(beyond.status).toBe(416);
  });

  it('answers HEAD without a body', async () => {
    const response = await rawRequest(`/files/${notesId}`, { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/markdown; charset=utf-8');
    expect(Number(response.headers['content-length'])).toBeGreaterThan(0);
    expect(response.body.length).toBe(0);
  });

  it('refuses ids that are not document ids, and unknown documents', async () => {
    for (const path of [
      '/files/..%2f..%2fsecret.txt',
      '/files/../secret.txt',
      `/files/${pdfId}/x`,
      `/files/${'0'.repeat(64)}`,
    ]) {
      const response = await rawRequest(path);
      expect([403, 404]).toContain(response.status);
      expect(response.body.toString()).not.toContain('outside the served folders');
    }
  });

  it('refuses a document whose file leads outside the library', async () => {
    for (const id of [ESCAPING_ID, TRAVERSING_ID]) {
      const response = await rawRequest(`/files/${id}`);
      expect(response.status).toBe(403);
      expect(response.body.toString()).not.toContain('outside the served folders');
    }
  });
});

describe('the API', () => {
  it('answers a search with a Result', async () => {
    const { status, result } = await call<SearchResponse>('search', [
      { query: 'digital evidence' },
    ]);
    expect(status).toBe(200);
    expect(result.ok && result.value.hits.map((h) => h.document.id)).toContain(notesId);
  });

  it('names the field at fault when the arguments are wrong', async () => {
    const { status, result } = await call('listDocuments', [{ country: 'Laos' }]);
    expect(status).toBe(400);
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalid-argument',
        message: expect.stringContaining('request.country must be a two-letter country code'),
      },
    });
  });

  it('passes the engine’s not-found through', async () => {
    const { status, result } = await call<DocumentSummary>('getDocument', ['0'.repeat(64)]);
    expect(status).toBe(404);
    expect(!result.ok && result.error.code).toBe('not-found');
  });

  it('answers an unknown method with 404 and the list of methods', async () => {
    const { status, result } = await call('dropTables', []);
    expect(status).toBe(404);
    expect(!result.ok && result.error.message).toContain('search, stats');
  });

  it('answers GET on a method with 405', async () => {
    const response = await fetch(new URL('/api/search', server.url));
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
  });

  it('explains a body that is not JSON', async () => {
    const response = await rawRequest('/api/search', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"args": [',
    });
    expect(response.status).toBe(400);
    const result = JSON.parse(response.body.toString()) as Result<never>;
    expect(!result.ok && result.error.message).toMatch(/^The request body is not valid JSON/);
  });

  it('explains a body without args', async () => {
    const response = await rawRequest('/api/stats', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '[]',
    });
    expect(response.status).toBe(400);
    expect(response.body.toString()).toContain('{\\"args\\": [...]}');
  });

  it('refuses a body that is too large, declared or streamed', async () => {
    const big = JSON.stringify({ args: [{ query: 'x'.repeat(1024 * 1024) }] });
    const declared = await rawRequest('/api/search', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'Content-Length': String(Buffer.byteLength(big)),
      },
      body: big,
    });
    expect(declared.status).toBe(413);
    const streamed = await rawRequest('/api/search', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' },
      body: big,
    });
    expect(streamed.status).toBe(413);
  });

  it('refuses bodies that are not declared as JSON', async () => {
    const response = await rawRequest('/api/stats', {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: '{"args":[]}',
    });
    expect(response.status).toBe(415);
  });

  it('refuses calls from pages of other sites', async () => {
    const { status, result } = await call('stats', [], server, { Origin: 'http://evil.example' });
    expect(status).toBe(403);
    expect(!result.ok && result.error.code).toBe('forbidden');
    expect((await call('stats', [], server, { Origin: server.url.slice(0, -1) })).status).toBe(200);
  });

  it('keeps the library read-only for every client, this machine included', async () => {
    for (const [method, args] of [
      ['addFiles', [{ paths: ['/tmp/report.pdf'] }]],
      ['updateMetadata', [{ ...validArguments.updateMetadata[0], id: pdfId, title: 'Renamed' }]],
    ] as const) {
      const { status, result } = await call(method, [...args]);
      expect(status).toBe(403);
      expect(!result.ok && result.error.code).toBe('forbidden');
    }
    const detail = await call<DocumentSummary>('getDocument', [pdfId]);
    expect(detail.result.ok && detail.result.value.title).not.toBe('Renamed');
  });

  it('keeps bookmarks for a browser on this machine, across a restart of the server', async () => {
    const saved = await call<{ id: number }>('saveBookmark', [
      { documentId: pdfId, page: 2, note: 'Evidence checklist' },
    ]);
    expect(saved.status).toBe(200);
    const restarted = await startServer(baseOptions);
    try {
      const listed = await call<{ note: string }[]>('listBookmarks', [pdfId], restarted);
      expect(listed.result.ok && listed.result.value.map((b) => b.note)).toEqual([
        'Evidence checklist',
      ]);
    } finally {
      await restarted.close();
    }
  });

  it('refuses bookmarks to visitors, and to pages that reached 127.0.0.1 under another name', async () => {
    const visitors = await startServer({ ...baseOptions, userStoreWritableFor: () => false });
    try {
      const { status, result } = await call('listBookmarks', [null], visitors);
      expect(status).toBe(403);
      expect(!result.ok && result.error.code).toBe('forbidden');
      expect((await call('stats', [], visitors)).status).toBe(200);
    } finally {
      await visitors.close();
    }
    const rebound = await rawRequest('/api/listBookmarks', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Host: `attacker.example:${server.port}` },
      body: '{"args":[null]}',
    });
    expect(rebound.status).toBe(421);
  });
});

describe('the names the server answers to', () => {
  const everyRoute = (id: string) => [
    { path: '/' },
    { path: '/search?q=evidence' },
    { path: '/assets/app-1234.js' },
    { path: `/files/${id}` },
    { path: '/api/stats', method: 'POST', body: '{"args":[]}' },
    { path: '/api/getPages', method: 'POST', body: JSON.stringify({ args: [id] }) },
  ];

  const requestAs = (host: string, route: ReturnType<typeof everyRoute>[number], target = server) =>
    rawRequest(
      route.path,
      {
        method: route.method ?? 'GET',
        headers: { Host: host, 'Content-Type': 'application/json', Origin: `http://${host}` },
        body: route.body,
      },
      target,
    );

  it('answers 421 on every route to a page that reached it under another site name', async () => {
    for (const route of everyRoute(pdfId)) {
      for (const host of [`evil.example:${server.port}`, `evil.example.:${server.port}`]) {
        const response = await requestAs(host, route);
        expect(response.status, `${host}${route.path}`).toBe(421);
        expect(response.body.toString()).not.toContain('Digital');
      }
    }
  });

  it('answers its loopback names on every route', async () => {
    for (const route of everyRoute(pdfId)) {
      for (const host of [`127.0.0.1:${server.port}`, `localhost:${server.port}`]) {
        expect((await requestAs(host, route)).status, `${host}${route.path}`).toBe(200);
      }
    }
  });

  it("answers the machine's own addresses and names when serving the classroom, and no other", async () => {
    // The names alone are under test here; the room code has tests of its own.
    const lan = await startServer({ ...baseOptions, lan: true, roomCode: null });
    try {
      const addresses = Object.values(networkInterfaces())
        .flatMap((list) => list ?? [])
        .map((info) => (info.family === 'IPv6' ? `[${info.address.split('%')[0]}]` : info.address));
      const names = [...addresses, hostname(), `${hostname()}.local`, 'localhost'];
      for (const name of names) {
        const response = await requestAs(`${name}:${lan.port}`, { path: '/' }, lan);
        expect(response.status, name).toBe(200);
      }
      const stranger = await requestAs(`evil.example:${lan.port}`, { path: '/' }, lan);
      expect(stranger.status).toBe(421);
      const onlyHere = await requestAs(`${hostname()}:${server.port}`, { path: '/' });
      expect(onlyHere.status).toBe(421);
    } finally {
      await lan.close();
    }
  });
});

describe('reading lists over HTTP', () => {
  it('shows visitors the lists shared with the room, read-only, and nothing else', async () => {
    const created = await call<{ id: number }>('createReadingList', [{ name: 'Evidence module' }]);
    const kept = await call<{ id: number }>('createReadingList', [{ name: 'Private drafts' }]);
    const shared = created.result.ok ? created.result.value.id : 0;
    const unshared = kept.result.ok ? kept.result.value.id : 0;
    await call('addReadingListItem', [{ listId: shared, documentId: pdfId, page: 1 }]);
    expect((await call('updateReadingList', [{ id: shared, shared: true }])).status).toBe(200);

    const visitors = await startServer({ ...baseOptions, userStoreWritableFor: () => false });
    try {
      const lists = await call<{ id: number; name: string }[]>(
        'listSharedReadingLists',
        [],
        visitors,
      );
      expect(lists.status).toBe(200);
      expect(lists.result.ok && lists.result.value.map((l) => l.name)).toEqual(['Evidence module']);
      const list = await call<{ items: { page: number }[] }>(
        'getSharedReadingList',
        [shared],
        visitors,
      );
      expect(list.result.ok && list.result.value.items.map((i) => i.page)).toEqual([1]);
      expect((await call('getSharedReadingList', [unshared], visitors)).status).toBe(404);

      for (const [method, args] of [
        ['listReadingLists', []],
        ['getReadingList', [unshared]],
        ['createReadingList', [{ name: 'Mine' }]],
        ['updateReadingList', [{ id: shared, shared: false }]],
        ['addReadingListItem', [{ listId: shared, documentId: notesId, page: null }]],
        ['deleteReadingList', [shared]],
      ] as const) {
        const refused = await call(method, [...args], visitors);
        expect(refused.status, method).toBe(403);
        expect(!refused.result.ok && refused.result.error.code).toBe('forbidden');
      }
    } finally {
      await visitors.close();
    }
  });
});

describe('what visitors are told when something fails', () => {
  it("never shows the server's folders, and logs the detail for the person serving", async () => {
    const logged: string[] = [];
    const failing = await startServer({
      ...baseOptions,
      portal: {
        api: {
          ...portal.api,
          stats: () => Promise.reject(new Error(`unable to open ${root}/library.sqlite`)),
        },
        resolveDocumentFile: (id) => (id === pdfId ? join(root, 'library', 'gone.pdf') : null),
        sharedView: portal.sharedView,
        isShareable: (id) => portal.isShareable(id),
      },
      log: (line) => logged.push(line),
    });
    try {
      const answers = [
        await rawRequest('/api/stats', failingCall, failing),
        await rawRequest(`/files/${pdfId}`, {}, failing),
        await rawRequest(`/files/${ESCAPING_ID}`, {}, failing),
        await rawRequest('/assets/missing-5678.js', {}, failing),
        await rawRequest('/escape.txt', {}, failing),
      ];
      for (const answer of answers) expect(answer.body.toString()).not.toContain(root);
      expect(answers.map((a) => a.status)).toEqual([500, 404, 404, 404, 403]);
      expect(logged.join('\n')).toContain(`${root}/library.sqlite`);
      expect(logged.join('\n')).toContain('gone.pdf');
    } finally {
      await failing.close();
    }
  });
});

const failingCall = {
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: '{"args":[]}',
};
