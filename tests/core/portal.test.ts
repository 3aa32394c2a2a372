import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openPortal } from '#core/portal.ts';
import type { Portal } from '#core/portal.ts';
import { callApiMethod } from '#core/serving/call-api.ts';
import { withDatabaseFile } from '../helpers/database-file.ts';
import { tempFolder, writeFiles } from '../helpers/temp-folder.ts';
import { validArguments } from '../helpers/portal-fixtures.ts';

let portal: Portal | null = null;
afterEach(() => {
  portal?.close();
  portal = null;
});

async function library() {
  const folder = tempFolder();
  writeFiles(folder, {
    'taxonomy.yaml':
      'version: 1\ncountries:\n  - { code: LA, name: Lao PDR }\norganisations:\n  - { id: moj, name: Ministry of Justice, kind: government }\n',
    'guide.md': '# Interview Guide\n\nAsk open questions and let the victim rest.',
  });
  const data = tempFolder();
  portal = openPortal({
    libraryDbPath: join(data, 'library.sqlite'),
    userDbPath: join(data, 'user.sqlite'),
    libraryFolder: folder,
  });
  await portal.index(folder, { workers: 0 });
  const docs = await portal.api.listDocuments({});
  if (!docs.ok) throw new Error(docs.error.message);
  return { folder, data, id: docs.value[0]!.id };
}

describe('the engine behind the API contract', () => {
  it('keeps bookmarks and notes in the user database, one per page', async () => {
    const { id, data } = await library();
    const p = portal!;
    const saved = await p.api.saveBookmark({ documentId: id, page: 1, note: 'open questions' });
    expect(saved).toMatchObject({
      ok: true,
      value: { documentId: id, page: 1, note: 'open questions' },
    });
    const again = await p.api.saveBookmark({ documentId: id, page: 1, note: 'edited note' });
    expect(again.ok && saved.ok && again.value.id).toBe(saved.ok && saved.value.id);
    expect(await p.api.listBookmarks(id)).toMatchObject({
      ok: true,
      value: [{ note: 'edited note' }],
    });
    expect(
      withDatabaseFile(join(data, 'user.sqlite'), (db) =>
        db.prepare('SELECT count(*) FROM bookmarks').pluck().get(),
      ),
    ).toBe(1);
    expect(existsSync(join(data, 'user.sqlite'))).toBe(true);
    expect(await p.api.deleteBookmark(saved.ok ? saved.value.id : 0)).toEqual({
      ok: true,
      value: true,
    });
    expect(await p.api.deleteBookmark(999)).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it('remembers the folder it was indexed from, for a library opened with its database alone', async () => {
    const { folder, data, id } = await library();
    portal!.close();
    portal = openPortal({
      libraryDbPath: join(data, 'library.sqlite'),
      userDbPath: join(data, 'user.sqlite'),
    });
    expect(portal.libraryFolder).toBe(folder);
    expect(portal.resolveDocumentFile(id)).toBe(join(folder, 'guide.md'));
  });

  it('refuses a bookmark on a document that does not exist', async () => {
    await library();
    expect(
      await portal!.api.saveBookmark({ documentId: 'f'.repeat(64), page: 1, note: '' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it('indexes a metadata edit at once and keeps it through a re-index', async () => {
    const { id, folder } = await library();
    const p = portal!;
    const edited = await p.api.updateMetadata({
      id,
      title: 'Guide to Interviewing Victims',
      type: 'guideline',
      countries: ['LA'],
      organisations: [{ id: 'moj', role: 'publisher' }],
      themes: [],
      language: 'en',
      year: 2021,
      summary: 'Practical advice for investigators.',
    });
    expect(edited).toMatchObject({
      ok: true,
      value: { title: 'Guide to Interviewing Victims', countries: ['LA'], year: 2021 },
    });
    const found = await p.api.search({ query: 'investigators', filters: { countries: ['LA'] } });
    expect(found.ok && found.value.total).toBe(1);
    await p.index(folder, { workers: 0 });
    const after = await p.api.getDocument(id);
    expect(after.ok && after.value.title).toBe('Guide to Interviewing Victims');
  });

  it('answers bad input with values, not exceptions', async () => {
    const { id } = await library();
    const p = portal!;
    expect(await p.api.getDocument('nope')).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    // What the engine receives has passed the front door's validation, which refuses these.
    const bad = await callApiMethod(p.api, 'updateMetadata', [
      { ...validArguments.updateMetadata[0], id, title: ' ', type: 'handbook' },
    ]);
    expect(bad).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument', message: expect.stringMatching(/title/) },
    });
    const badType = await callApiMethod(p.api, 'updateMetadata', [
      { ...validArguments.updateMetadata[0], id, title: 'x', type: 'novel' },
    ]);
    expect(badType).toMatchObject({
      ok: false,
      error: {
        code: 'invalid-argument',
        message: expect.stringMatching(/input\.type must be one of handbook/),
      },
    });
  });

  it('reports progress while indexing and stops when cancelled, keeping what was done', async () => {
    const folder = tempFolder();
    const files: Record<string, string> = {};
    for (let i = 0; i < 40; i++)
      files[`note-${String(i).padStart(2, '0')}.md`] = `# Note ${i}\n\nText number ${i}.`;
    writeFiles(folder, files);
    const data = tempFolder();
    portal = openPortal({
      libraryDbPath: join(data, 'library.sqlite'),
      userDbPath: join(data, 'user.sqlite'),
      libraryFolder: folder,
    });
    const p = portal;
    expect(await p.api.ingestProgress()).toEqual({ ok: true, value: null });
    let seen = 0;
    const report = await p.index(folder, {
      workers: 0,
      onProgress: async () => {
        if (++seen === 5) {
          const progress = await p.api.ingestProgress();
          expect(progress.ok && progress.value).toMatchObject({ total: 40 });
          await p.api.cancelIngest();
        }
      },
    });
    expect(report.cancelled).toBe(true);
    expect(report.indexed).toBeGreaterThan(0);
    expect(report.indexed).toBeLessThan(40);
    expect(report.removed).toBe(0);
    const stats = await p.api.stats();
    expect(stats.ok && stats.value.documents).toBe(report.indexed);
    const resumed = await p.index(folder, { workers: 0 });
    expect(resumed.indexed + resumed.unchanged).toBe(40);
  });

  it('adds files by copying them into the library folder, never over an existing file', async () => {
    const { folder } = await library();
    const outside = tempFolder();
    writeFiles(outside, {
      'guide.md': '# Another guide\n\nA different text with the same file name.',
      'x.exe': 'MZ',
    });
    const p = portal!;
    expect(await p.api.addFiles({ paths: [join(outside, 'x.exe')] })).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument' },
    });
    const report = await p.api.addFiles({ paths: [join(outside, 'guide.md')] });
    expect(report).toMatchObject({ ok: true, value: { indexed: 1 } });
    const again = await p.api.addFiles({ paths: [join(outside, 'guide.md')] });
    expect(again).toMatchObject({ ok: true, value: { indexed: 0 } });
    writeFiles(outside, { 'guide.md': '# Third\n\nYet another text.' });
    const third = await p.api.addFiles({ paths: [join(outside, 'guide.md')] });
    expect(third).toMatchObject({ ok: true, value: { indexed: 1 } });
    expect(existsSync(join(folder, 'added', 'guide.md'))).toBe(true);
    expect(existsSync(join(folder, 'added', 'guide-2.md'))).toBe(true);
    const docs = await p.api.listDocuments({});
    expect(docs.ok && docs.value.length).toBe(3);
    expect(p.resolveDocumentFile(docs.ok ? docs.value[0]!.id : '')).toMatch(/\.md$/);
  });

  it('adds a folder: its documents are copied with their subfolders and indexed', async () => {
    const { folder } = await library();
    const outside = tempFolder();
    writeFiles(outside, {
      'Training/day-1.md': '# Day one\n\nInterviewing child victims.',
      'Training/handouts/day-2.html': '<h1>Day two</h1><p>Digital evidence.</p>',
      'Training/schedule.xlsx': 'not a document',
    });
    const p = portal!;
    const report = await p.api.addFiles({ paths: [join(outside, 'Training')] });
    expect(report).toMatchObject({ ok: true, value: { indexed: 2 } });
    expect(existsSync(join(folder, 'added', 'Training', 'handouts', 'day-2.html'))).toBe(true);
    expect(existsSync(join(folder, 'added', 'Training', 'schedule.xlsx'))).toBe(false);
    const nothing = await p.api.addFiles({ paths: [join(outside, 'Training', 'handouts', 'x')] });
    expect(nothing).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  });
});

describe('a library another process writes to', () => {
  it('searches and counts what another connection has indexed since its last search', async () => {
    const { folder, data } = await library();
    const reader = openPortal({
      libraryDbPath: join(data, 'library.sqlite'),
      userDbPath: join(data, 'user.sqlite'),
    });
    try {
      const before = await reader.api.search({ query: 'questions' });
      expect(before.ok && before.value.total).toBe(1);

      writeFiles(folder, {
        'catalog.yaml':
          'version: 1\ndocuments:\n  - { file: second.md, type: guideline, title: Second Guide, countries: [LA] }\n',
        'second.md': '# Second Guide\n\nMore open questions for the court.',
      });
      await portal!.index(folder, { workers: 0 });

      const after = await reader.api.search({ query: 'questions' });
      if (!after.ok) throw new Error(after.error.message);
      expect(after.value.total).toBe(2);
      expect(after.value.facets.countries).toEqual([
        expect.objectContaining({ value: 'LA', count: 1 }),
      ]);
    } finally {
      reader.close();
    }
  });
});
