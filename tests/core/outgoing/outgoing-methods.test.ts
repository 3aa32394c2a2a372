import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { PortalApi, PortalMethod } from '#shared/api.ts';
import { generatePublisherKey } from '#core/packs/publisher-keys.ts';
import { openPortal } from '#core/portal.ts';
import type { Portal } from '#core/portal.ts';
import { callApiMethod } from '#core/serving/call-api.ts';
import { openMarkedLibrary } from '../../helpers/marked-library.ts';
import { readCopy } from '../../helpers/static-copy.ts';
import { tempFolder, writeFiles } from '../../helpers/temp-folder.ts';

const opened: Portal[] = [];
afterEach(() => {
  for (const portal of opened.splice(0)) portal.close();
});

/** The marked library, opened again as the desktop app opens it: with the copy's page script. */
async function markedLibrary(options: { pageScript?: boolean } = {}) {
  const root = tempFolder('portal-outgoing-');
  const marked = await openMarkedLibrary(root);
  marked.portal.close();
  const assets = join(root, 'page');
  writeFiles(assets, { 'page.js': '// page script\n', 'page.css': '/* page style */\n' });
  const portal = openPortal({
    libraryDbPath: join(root, 'library.sqlite'),
    userDbPath: join(root, 'user.sqlite'),
    libraryFolder: join(root, 'library'),
    ...(options.pageScript === false
      ? {}
      : {
          copyPageAssets: { script: join(assets, 'page.js'), style: join(assets, 'page.css') },
        }),
  });
  opened.push(portal);
  return { ...marked, portal, root };
}

/** Calls a method as every front door does: its arguments validated against the table first. */
const call = <M extends PortalMethod>(api: PortalApi, method: M, ...args: unknown[]) =>
  callApiMethod(api, method, args);

function keyFile(folder: string): { path: string; fingerprint: string } {
  const key = generatePublisherKey();
  const path = join(folder, 'publisher.pem');
  writeFileSync(path, key.privateKeyPem);
  return { path, fingerprint: key.fingerprint };
}

describe('createPack through the API', () => {
  it('packs a reading list, signed, leaving out the document marked "do not share"; the pack verifies and imports into an empty library', async () => {
    const { portal, root, sharedListId, guide, decision } = await markedLibrary();
    const key = keyFile(root);
    const file = join(root, 'out', 'week one.pack');
    mkdirSync(join(root, 'out'));
    const made = await call(portal.api, 'createPack', {
      source: { listId: sharedListId },
      file,
      publisher: '  Hanoi training team ',
      signingKeyFile: key.path,
    });
    expect(made).toMatchObject({
      ok: true,
      value: {
        out: file,
        documents: 1,
        signedBy: key.fingerprint,
        leftOut: [{ id: decision.id, title: decision.title, reason: 'do-not-share' }],
      },
    });
    expect(made.ok && made.value.totalBytes).toBe(
      readFileSync(join(root, 'library', 'guide.md')).length,
    );

    const empty = tempFolder('portal-outgoing-target-');
    mkdirSync(join(empty, 'library'));
    const target = openPortal({
      libraryDbPath: join(empty, 'library.sqlite'),
      userDbPath: join(empty, 'user.sqlite'),
      libraryFolder: join(empty, 'library'),
    });
    opened.push(target);
    expect(await target.api.verifyPack({ file })).toMatchObject({
      ok: true,
      value: {
        publisher: 'Hanoi training team',
        signer: { state: 'unknown-key', fingerprint: key.fingerprint },
        documents: [{ key: 'guide.md', title: guide.title }],
      },
    });
    const imported = await target.api.importPack({ file, trust: [key.fingerprint] });
    expect(imported).toMatchObject({ ok: true, value: { added: ['guide.md'] } });
    const listed = await target.api.listDocuments({});
    expect(listed.ok && listed.value.map((d) => [d.id, d.title])).toEqual([
      [guide.id, guide.title],
    ]);
  });

  it('packs what a search finds, unsigned', async () => {
    const { portal, root, guide, decision, event } = await markedLibrary();
    const file = join(root, 'search.pack');
    const made = await call(portal.api, 'createPack', {
      source: { query: 'forced labour', filters: { countries: ['TH', 'VN'] } },
      file,
      publisher: 'Trainer',
      signingKeyFile: null,
    });
    expect(made).toMatchObject({
      ok: true,
      value: { documents: 1, signedBy: null },
    });
    // The event the search finds has no file to carry.
    expect(made.ok && made.value.leftOut.map((d) => [d.id, d.reason]).sort()).toEqual(
      [
        [event.id, 'no-file'],
        [decision.id, 'do-not-share'],
      ].sort(),
    );
    const verified = await portal.api.verifyPack({ file });
    expect(verified).toMatchObject({
      ok: true,
      value: { signer: { state: 'unsigned' }, documents: [{ title: guide.title }] },
    });
  });

  it('refuses, with the reason the interface translates, a key it cannot use, a file already there and a list with nothing to share', async () => {
    const { portal, root, decision } = await markedLibrary();
    const request = {
      source: { listId: 1 },
      file: join(root, 'week.pack'),
      publisher: 'Trainer',
      signingKeyFile: null as string | null,
    };
    expect(
      await call(portal.api, 'createPack', { ...request, signingKeyFile: join(root, 'none.pem') }),
    ).toMatchObject({ ok: false, error: { refusal: 'key-unreadable', message: /Cannot read/ } });
    writeFiles(root, { 'not-a-key.pem': 'hello' });
    expect(
      await call(portal.api, 'createPack', {
        ...request,
        signingKeyFile: join(root, 'not-a-key.pem'),
      }),
    ).toMatchObject({ ok: false, error: { refusal: 'key-invalid' } });
    expect(existsSync(request.file)).toBe(false);

    writeFiles(root, { 'week.pack': 'an older file' });
    expect(await call(portal.api, 'createPack', request)).toMatchObject({
      ok: false,
      error: { refusal: 'file-exists', message: /already exists/ },
    });
    // The system's save dialog asked the user before replacing it.
    expect(await call(portal.api, 'createPack', { ...request, replace: true })).toMatchObject({
      ok: true,
    });
    expect((await portal.api.verifyPack({ file: request.file })).ok).toBe(true);

    const onlyMarked = await portal.api.createReadingList({ name: 'Marked only' });
    if (!onlyMarked.ok) throw new Error(onlyMarked.error.message);
    await portal.api.addReadingListItem({
      listId: onlyMarked.value.id,
      documentId: decision.id,
      page: null,
    });
    expect(
      await call(portal.api, 'createPack', {
        ...request,
        source: { listId: onlyMarked.value.id },
        file: join(root, 'marked.pack'),
      }),
    ).toMatchObject({ ok: false, error: { refusal: 'nothing-to-share' } });
  });

  it('refuses bad arguments with a message naming the field', async () => {
    const { portal } = await markedLibrary();
    const valid = {
      source: { listId: 1 },
      file: '/tmp/x.pack',
      publisher: 'Trainer',
      signingKeyFile: null,
    };
    const refused = async (request: object) => {
      const answer = await call(portal.api, 'createPack', request);
      return answer.ok ? 'accepted' : answer.error.message;
    };
    expect(await refused({ ...valid, file: 'x.pack' })).toBe(
      'createPack: request.file must be an absolute file path',
    );
    expect(await refused({ ...valid, publisher: '   ' })).toBe(
      'createPack: request.publisher must not be empty',
    );
    expect(await refused({ ...valid, publisher: 'x'.repeat(201) })).toBe(
      'createPack: request.publisher must be at most 200 characters',
    );
    expect(await refused({ ...valid, signingKeyFile: 'key.pem' })).toBe(
      'createPack: request.signingKeyFile must be an absolute file path',
    );
    expect(await refused({ ...valid, source: { listId: 1, query: 'x' } })).toBe(
      'createPack: request.source must be a reading list ({ listId }) or a search ({ query, filters })',
    );
    expect(await refused({ ...valid, source: { listId: 99 } })).toBe('No reading list with id 99.');
  });
});

describe('exportStaticCopy through the API', () => {
  it("writes a reading list's copy with index.html and the list's shareable documents, and says what it left out", async () => {
    const { portal, root, sharedListId, guide, decision } = await markedLibrary();
    const folder = join(root, 'copy');
    const made = await call(portal.api, 'exportStaticCopy', {
      source: { listId: sharedListId },
      folder,
      madeBy: 'Hanoi training team',
    });
    expect(made).toMatchObject({
      ok: true,
      value: {
        folder,
        documents: 1,
        leftOut: [{ id: decision.id, title: decision.title, reason: 'do-not-share' }],
      },
    });
    expect(made.ok && made.value.totalBytes).toBeGreaterThan(0);
    expect(existsSync(join(folder, 'index.html'))).toBe(true);
    const { catalog } = readCopy(folder);
    expect(catalog.list).toEqual({ title: 'Week one' });
    expect(catalog.madeBy).toBe('Hanoi training team');
    expect(catalog.documents.map((d) => d.id)).toEqual([guide.id]);
  });

  it('copies what a search with words and filters finds', async () => {
    const { portal, root, guide } = await markedLibrary();
    const folder = join(root, 'copy');
    const made = await call(portal.api, 'exportStaticCopy', {
      source: { query: 'witnesses', filters: { countries: ['TH'] } },
      folder,
      madeBy: 'Trainer',
    });
    expect(made).toMatchObject({ ok: true, value: { documents: 1, leftOut: [] } });
    const { catalog } = readCopy(folder);
    expect(catalog.documents.map((d) => d.id)).toEqual([guide.id]);
    expect(catalog.holds).toMatch(/“witnesses”/);
  });

  it('refuses a folder that is not empty, a file, and an app without the page script', async () => {
    const { portal, root } = await markedLibrary();
    writeFiles(join(root, 'busy'), { 'thesis.docx': 'my own work' });
    const request = { source: { listId: 1 }, folder: join(root, 'busy'), madeBy: 'Trainer' };
    expect(await call(portal.api, 'exportStaticCopy', request)).toMatchObject({
      ok: false,
      error: { refusal: 'folder-not-empty' },
    });
    expect(readFileSync(join(root, 'busy', 'thesis.docx'), 'utf8')).toBe('my own work');
    expect(
      await call(portal.api, 'exportStaticCopy', {
        ...request,
        folder: join(root, 'busy', 'thesis.docx'),
      }),
    ).toMatchObject({ ok: false, error: { refusal: 'folder-is-file' } });
    expect(
      await call(portal.api, 'exportStaticCopy', { ...request, folder: 'copy', madeBy: '' }),
    ).toMatchObject({
      ok: false,
      error: {
        code: 'invalid-argument',
        message: expect.stringMatching(/request\.folder must be an absolute file path/),
      },
    });

    const withoutScript = await markedLibrary({ pageScript: false });
    expect(
      await call(withoutScript.portal.api, 'exportStaticCopy', {
        ...request,
        folder: join(withoutScript.root, 'copy'),
      }),
    ).toMatchObject({ ok: false, error: { refusal: 'page-script-missing' } });
  });
});
