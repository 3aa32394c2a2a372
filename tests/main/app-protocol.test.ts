import { copyFileSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { handleAppRequest } from '#main/app-protocol.ts';
import type { AppFileSources } from '#core/serving/app-files.ts';
import type { ReadingList } from '#shared/reading-lists.ts';
import type { DocumentSummary } from '#shared/types.ts';
import { CONTENT_SECURITY_POLICY } from '#core/serving/security-headers.ts';
import { createFirstPageImages } from '#core/first-page/first-page-images.ts';
import { tempFolderFor } from '../helpers/temp-folder.ts';

const DOCUMENT_ID = 'c'.repeat(64);
const ESCAPING_ID = 'e'.repeat(64);
const HANDBOOK_ID = 'a'.repeat(64);

let sources: AppFileSources;

beforeAll(() => {
  const root = tempFolderFor('protocol');
  const renderer = join(root, 'renderer');
  const library = join(root, 'library');
  mkdirSync(join(renderer, 'assets'), { recursive: true });
  mkdirSync(join(library, 'documents'), { recursive: true });
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Portal</title>');
  writeFileSync(join(renderer, 'assets', 'app.js'), 'export {}');
  writeFileSync(join(library, 'documents', 'guide.pdf'), '%PDF-1.7 guide');
  copyFileSync(
    resolve(import.meta.dirname, '../fixtures/pdf/english-handbook.pdf'),
    join(library, 'documents', 'handbook.pdf'),
  );
  writeFileSync(join(root, 'secret.txt'), 'outside the library');
  symlinkSync(join(root, 'secret.txt'), join(renderer, 'assets', 'leak.js'));
  symlinkSync(join(root, 'secret.txt'), join(library, 'documents', 'leak.pdf'));
  sources = {
    staticDir: renderer,
    libraryDir: library,
    resolveDocumentFile: (id) =>
      id === DOCUMENT_ID
        ? join(library, 'documents', 'guide.pdf')
        : id === ESCAPING_ID
          ? join(library, 'documents', 'leak.pdf')
          : id === HANDBOOK_ID
            ? join(library, 'documents', 'handbook.pdf')
            : null,
    firstPages: createFirstPageImages({
      cacheFolder: join(root, 'first-pages'),
      timeoutMs: 90_000,
    }),
  };
});

const get = (url: string, init?: RequestInit) => handleAppRequest(new Request(url, init), sources);

const summary = (id: string, title: string) =>
  ({ id, title, organisations: [], year: null }) as unknown as DocumentSummary;

describe('the app protocol', () => {
  it('downloads any reading list as a zip, leaving out a file outside the library', async () => {
    const asked: boolean[] = [];
    const list: ReadingList = {
      ...{ id: 7, name: 'Course', note: '', shared: false, itemCount: 2 },
      ...{ createdAt: '2026-01-01', updatedAt: '2026-01-01' },
      items: [
        {
          id: 1,
          documentId: DOCUMENT_ID,
          page: null,
          pageLabel: null,
          note: '',
          document: summary(DOCUMENT_ID, 'Guide'),
        },
        {
          id: 2,
          documentId: ESCAPING_ID,
          page: null,
          pageLabel: null,
          note: '',
          document: summary(ESCAPING_ID, 'Leak'),
        },
      ],
    };
    const withLists: AppFileSources = {
      ...sources,
      lists: {
        readingList: async (id, everyList) => {
          asked.push(everyList);
          return { ok: true, value: { ...list, id } };
        },
        isShareable: () => true,
      },
    };
    const response = await handleAppRequest(
      new Request('app://portal/lists/7/download'),
      withLists,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    const zip = Buffer.from(await response.arrayBuffer());
    expect(zip.includes('%PDF-1.7 guide')).toBe(true);
    expect(zip.includes('outside the library')).toBe(false);
    expect(asked).toEqual([true]);
    expect((await get('app://portal/lists/7/download')).status).toBe(404);
  });

  it('serves the interface with the content security policy', async () => {
    const response = await get('app://portal/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('<title>Portal</title>');
    expect(await (await get('app://portal/')).text()).toContain('<title>Portal</title>');
  });

  it('serves a document by its id, ranges included', async () => {
    const response = await get(`app://portal/files/${DOCUMENT_ID}`);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(await response.text()).toBe('%PDF-1.7 guide');
    const range = await get(`app://portal/files/${DOCUMENT_ID}`, {
      headers: { Range: 'bytes=0-3' },
    });
    expect(range.status).toBe(206);
    expect(await range.text()).toBe('%PDF');
  });

  it.each([
    'app://portal/..%2f..%2fsecret.txt',
    'app://portal/assets/..%2F..%2F..%2Fsecret.txt',
    'app://portal/%2e%2e%5c%2e%2e%5csecret.txt',
    'app://portal/assets/leak.js',
    'app://portal/index.html%00.js',
    `app://portal/files/${ESCAPING_ID}`,
  ])('refuses %s', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(403);
    expect(await response.text()).not.toContain('outside the library');
  });

  it('never reads absolute paths or unknown documents', async () => {
    // A doubled slash stays inside the interface: it is a route, answered with index.html.
    expect(await (await get('app://portal//etc/passwd')).text()).toContain('<title>Portal</title>');
    for (const url of [
      'app://portal/files/%2Fetc%2Fpasswd',
      `app://portal/files/${'0'.repeat(64)}`,
    ]) {
      const response = await get(url);
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('root:');
    }
  });

  it('answers only its own host and only GET and HEAD', async () => {
    expect((await get('app://elsewhere/index.html')).status).toBe(404);
    expect((await get('app://portal/index.html', { method: 'POST', body: 'x' })).status).toBe(405);
    const head = await get(`app://portal/files/${DOCUMENT_ID}`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe('14');
    expect(await head.text()).toBe('');
  });

  it("answers a PDF's first page as an image, and refuses what it cannot draw or reach", async () => {
    const address = (id: string, query = 'width=864&density=1') =>
      `app://portal/first-page/${id}?${query}`;
    const image = await get(address(HANDBOOK_ID));
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/webp');
    const etag = image.headers.get('etag')!;
    expect(Buffer.from(await image.arrayBuffer()).toString('latin1', 8, 12)).toBe('WEBP');
    const unchanged = await get(address(HANDBOOK_ID), { headers: { 'If-None-Match': etag } });
    expect(unchanged.status).toBe(304);
    // Asked for an image already drawn only: this one is, another width is not (and is not drawn).
    expect((await get(address(HANDBOOK_ID, 'width=864&density=1&cached=only'))).status).toBe(200);
    const notDrawn = await get(address(HANDBOOK_ID, 'width=500&density=1&cached=only'));
    expect(notDrawn.status).toBe(504);
    expect(await notDrawn.text()).toContain('not been drawn yet');
    expect((await get(address(HANDBOOK_ID, 'width=864&density=1&cached=yes'))).status).toBe(400);

    const escaping = await get(address(ESCAPING_ID));
    const unknown = await get(address('0'.repeat(64)));
    expect([escaping.status, unknown.status]).toEqual([404, 404]);
    expect(await unknown.text()).toContain('No document with the id');
    const broken = await get(address(DOCUMENT_ID));
    expect(broken.status).toBe(422);
    expect(await broken.text()).toBe('The first page of this PDF could not be drawn.');
    const wide = await get(address(HANDBOOK_ID, 'width=99999&density=1'));
    expect(wide.status).toBe(400);
    expect(await wide.text()).toContain('The width must be a whole number of CSS pixels');
  }, 200_000);
});
