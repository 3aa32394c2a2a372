// A PDF that needs a password to open, indexed from a real library folder and served over real
// HTTP: indexing lists it as password protected and keeps its description searchable on this
// computer, while a classroom visitor is answered as if it did not exist, file and text alike.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPortal } from '#core/portal.ts';
import type { Portal } from '#core/portal.ts';
import { startServer } from '#core/http/http-server.ts';
import type { RunningServer } from '#core/http/http-server.ts';
import type { Result } from '#shared/api.ts';
import type { DocumentDetail, IngestReport, SearchResponse } from '#shared/types.ts';
import { rawHttpRequest } from '../../helpers/raw-http.ts';
import { tempFolderFor, writeFiles } from '../../helpers/temp-folder.ts';

const FIXTURES = resolve(import.meta.dirname, '..', '..', 'fixtures', 'pdf');
const UNKNOWN_ID = 'f'.repeat(64);

const CATALOG = `version: 1
documents:
  - file: restricted/shelter-protocol.pdf
    type: guideline
    title: Shelter referral protocol for survivors
    language: en
    year: 2024
    summary: Restricted protocol for referring survivors to shelters.
  - file: guide.md
    type: guideline
    title: Guide to shelter referrals
    language: en
    year: 2023
    summary: How survivors are referred to shelters.
`;

let portal: Portal;
let report: IngestReport;
let protectedId = '';
let visitors: RunningServer;
let thisComputer: RunningServer;

async function call<T>(target: RunningServer, method: string, args: unknown[] = []) {
  const response = await fetch(new URL(`/api/${method}`, target.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ args }),
  });
  return { status: response.status, result: (await response.json()) as Result<T> };
}

async function value<T>(target: RunningServer, method: string, args: unknown[] = []) {
  const { result } = await call<T>(target, method, args);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

beforeAll(async () => {
  const root = tempFolderFor('password-protected');
  const library = join(root, 'library');
  writeFiles(library, {
    'catalog.yaml': CATALOG,
    'guide.md': '# Guide\n\nSurvivors are referred to shelters by the social worker.\n',
  });
  mkdirSync(join(library, 'restricted'));
  copyFileSync(
    join(FIXTURES, 'encrypted.pdf'),
    join(library, 'restricted', 'shelter-protocol.pdf'),
  );
  const staticDir = join(root, 'renderer');
  mkdirSync(staticDir, { recursive: true });
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Portal</title>');
  portal = openPortal({
    libraryDbPath: join(root, 'library.sqlite'),
    userDbPath: join(root, 'user.sqlite'),
    libraryFolder: library,
  });
  // In a worker thread, as the desktop app indexes.
  report = await portal.index(library, { workers: 1 });
  protectedId =
    report.entries.find((e) => e.path === 'restricted/shelter-protocol.pdf')?.documentId ?? '';
  const options = {
    portal,
    staticDir,
    libraryDir: library,
    port: 0,
    roomCode: null,
    log: () => undefined,
  };
  [visitors, thisComputer] = await Promise.all([
    startServer({ ...options, isThisComputer: () => false }),
    startServer({ ...options, isThisComputer: () => true }),
  ]);
}, 60_000);

afterAll(async () => {
  await Promise.all([visitors?.close(), thisComputer?.close()]);
  portal?.close();
});

describe('indexing a PDF that needs a password', () => {
  it('indexes it by its description and says it is password protected', () => {
    const entry = report.entries.find((e) => e.path === 'restricted/shelter-protocol.pdf');
    expect(entry).toMatchObject({ outcome: 'indexed', pages: 0 });
    expect(entry?.message).toMatch(/^Password protected: the PDF needs a password to open/);
    expect(protectedId).toMatch(/^[0-9a-f]{64}$/);
  });

  it('finds it on this computer by its description, marked as password protected', async () => {
    const found = await value<SearchResponse>(thisComputer, 'search', [{ query: 'restricted' }]);
    expect(found.hits.map((h) => h.document.id)).toEqual([protectedId]);
    const detail = await value<DocumentDetail>(thisComputer, 'getDocument', [protectedId]);
    expect(detail).toMatchObject({ passwordProtected: true, pageCount: 0 });
  });

  it('serves its file to this computer, whose reader asks for the password', async () => {
    const file = await rawHttpRequest(thisComputer.port, `/files/${protectedId}`);
    expect(file.status).toBe(200);
    expect(file.body.subarray(0, 5).toString()).toBe('%PDF-');
  });
});

describe('a PDF that needs a password, asked for by a classroom visitor', () => {
  it('is not found by getDocument or getPages, exactly like an unknown id', async () => {
    for (const method of ['getDocument', 'getPages']) {
      const asked = await call(visitors, method, [protectedId]);
      const unknown = await call(visitors, method, [UNKNOWN_ID]);
      expect(asked.status, method).toBe(404);
      expect(JSON.stringify(asked).replaceAll(protectedId, '<id>')).toBe(
        JSON.stringify(unknown).replaceAll(UNKNOWN_ID, '<id>'),
      );
    }
  });

  it('is never served as a file, to read or to download', async () => {
    for (const query of ['', '?download=1']) {
      const asked = await rawHttpRequest(visitors.port, `/files/${protectedId}${query}`);
      expect(asked.status).toBe(404);
      expect(asked.body.includes('%PDF-')).toBe(false);
    }
  });

  it('is neither found nor listed, while the other documents are', async () => {
    for (const query of ['restricted', 'shelters', '']) {
      const seen = await value<SearchResponse>(visitors, 'search', [{ query }]);
      expect(
        seen.hits.map((h) => h.document.id),
        query,
      ).not.toContain(protectedId);
    }
    const seen = await value<SearchResponse>(visitors, 'search', [{ query: 'shelters' }]);
    expect(seen.hits.map((h) => h.document.title)).toEqual(['Guide to shelter referrals']);
    const listed = await value<{ id: string }[]>(visitors, 'listDocuments', [{}]);
    expect(listed.map((d) => d.id)).not.toContain(protectedId);
  });
});
