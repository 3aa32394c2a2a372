// A reading list downloaded as one zip over real HTTP: its documents named after their titles,
// its handout as text, "do not share" documents left out, and visitors limited to shared lists.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import yauzl from 'yauzl';
import { startServer } from '#core/http/http-server.ts';
import type { RunningServer } from '#core/http/http-server.ts';
import type { Portal } from '#core/portal.ts';
import { formatCitation } from '#shared/citation.ts';
import { attachmentDisposition } from '#shared/download-name.ts';
import type { DocumentSummary } from '#shared/types.ts';
import { openIndexedPortal } from '../../helpers/indexed-portal.ts';
import { rawHttpRequest } from '../../helpers/raw-http.ts';
import { tempFolderFor } from '../../helpers/temp-folder.ts';

const FIXTURE_PDF = resolve(import.meta.dirname, '../../fixtures/pdf/english-handbook.pdf');

let portal: Portal;
let library: string;
let owner: RunningServer;
let visitor: RunningServer;
/** Visitors behind a room code, as `portal serve --lan` has them. */
let room: RunningServer;
const ROOM_CODE = 'K7P2QX';
let pdf: DocumentSummary;
let privateListId: number;
let sharedListId: number;

/** Every entry of a zip, by name, with its bytes. */
function unzip(bytes: Buffer): Promise<Map<string, Buffer>> {
  return new Promise((done, fail) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true }, (error, zip) => {
      if (error) return fail(error);
      const entries = new Map<string, Buffer>();
      zip.on('entry', (entry: yauzl.Entry) =>
        zip.openReadStream(entry, (opening, stream) => {
          if (opening) return fail(opening);
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('end', () => {
            entries.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        }),
      );
      zip.on('end', () => done(entries));
      zip.on('error', fail);
      zip.readEntry();
    });
  });
}

async function valueOf<T>(
  answer: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>,
) {
  const settled = await answer;
  if (!settled.ok) throw new Error(settled.error.message);
  return settled.value;
}

async function makeList(
  name: string,
  shared: boolean,
  items: { documentId: string; page: number | null; note: string }[],
) {
  const list = await valueOf(portal.api.createReadingList({ name, note: `The note of ${name}` }));
  for (const item of items)
    await valueOf(portal.api.addReadingListItem({ listId: list.id, ...item }));
  if (shared) await valueOf(portal.api.updateReadingList({ id: list.id, shared }));
  return list.id;
}

beforeAll(async () => {
  const root = tempFolderFor('list-download');
  library = join(root, 'library');
  mkdirSync(library, { recursive: true });
  copyFileSync(FIXTURE_PDF, join(library, 'handbook.pdf'));
  writeFileSync(join(library, 'a.md'), '# Field notes\n\nThe shelter referral worked well.');
  writeFileSync(join(library, 'b.md'), '# Field notes\n\nThe hotline answered at night.');
  writeFileSync(join(library, 'victim.md'), '# Victim statement\n\nNames a survivor.');
  const opened = await openIndexedPortal(root, library);
  portal = opened.portal;
  const byFile = (file: string) => {
    const found = opened.documents.find((d) => portal.resolveDocumentFile(d.id)?.endsWith(file));
    if (!found) throw new Error(`${file} was not indexed`);
    return found;
  };
  pdf = byFile('handbook.pdf');
  const secret = byFile('victim.md');
  await valueOf(portal.api.setDoNotShare({ id: secret.id, doNotShare: true }));
  privateListId = await makeList('Week 1: evidence', false, [
    { documentId: pdf.id, page: 2, note: 'Start here' },
    { documentId: byFile('a.md').id, page: null, note: '' },
    { documentId: byFile('b.md').id, page: null, note: 'Night calls' },
    { documentId: secret.id, page: null, note: '' },
    { documentId: pdf.id, page: 1, note: 'The cover' },
  ]);
  sharedListId = await makeList('For the room', true, [
    { documentId: pdf.id, page: null, note: '' },
  ]);
  const options = { portal, staticDir: root, libraryDir: library, port: 0, roomCode: null };
  owner = await startServer({ ...options, isThisComputer: () => true });
  visitor = await startServer({ ...options, isThisComputer: () => false });
  room = await startServer({ ...options, isThisComputer: () => false, roomCode: ROOM_CODE });
}, 60_000);

afterAll(async () => {
  await owner?.close();
  await visitor?.close();
  await room?.close();
  portal?.close();
});

describe('GET /lists/<id>/download', () => {
  it("zips the list's documents named after their titles, with its handout as text", async () => {
    const answer = await rawHttpRequest(owner.port, `/lists/${privateListId}/download`);
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('application/zip');
    expect(answer.headers['content-disposition']).toBe(
      attachmentDisposition('Week 1: evidence', 'zip'),
    );
    const entries = await unzip(answer.body);
    const pdfName = `${pdf.title}.pdf`;
    expect([...entries.keys()]).toEqual([
      'reading-list.txt',
      pdfName,
      'Field notes.md',
      'Field notes (2).md',
    ]);
    expect(entries.get(pdfName)).toEqual(readFileSync(join(library, 'handbook.pdf')));
    expect(entries.get('Field notes (2).md')!.toString()).toContain('hotline');
    const text = entries.get('reading-list.txt')!.toString();
    expect(text.split('\r\n')).toEqual([
      'Week 1: evidence',
      '',
      'The note of Week 1: evidence',
      '',
      `1. ${formatCitation(pdf, { number: 2 })}`,
      `   ${pdfName}`,
      '   Start here',
      '2. Field notes (n.d.)',
      '   Field notes.md',
      '3. Field notes (n.d.)',
      '   Field notes (2).md',
      '   Night calls',
      '4. Victim statement (n.d.)',
      '   not included: marked "do not share"',
      `5. ${formatCitation(pdf, { number: 1 })}`,
      `   ${pdfName}`,
      '   The cover',
      '',
    ]);
    expect([...entries.values()].some((bytes) => bytes.includes('Names a survivor'))).toBe(false);
  });

  it('lets a visitor download only the lists shared with the room', async () => {
    const refused = await rawHttpRequest(visitor.port, `/lists/${privateListId}/download`);
    expect(refused.status).toBe(404);
    expect(refused.body.toString()).not.toContain('PK');
    const shared = await rawHttpRequest(visitor.port, `/lists/${sharedListId}/download`);
    expect(shared.status).toBe(200);
    const path = `/lists/${sharedListId}/download`;
    expect((await rawHttpRequest(room.port, path)).status).toBe(401);
    const admitted = await rawHttpRequest(room.port, path, {
      headers: { Cookie: `portal_room=${ROOM_CODE}` },
    });
    expect(admitted.status).toBe(200);
    expect([...(await unzip(shared.body)).keys()]).toEqual([
      'reading-list.txt',
      `${pdf.title}.pdf`,
    ]);
  });

  it('answers HEAD without a body and refuses other methods and addresses', async () => {
    const head = await rawHttpRequest(owner.port, `/lists/${sharedListId}/download`, {
      method: 'HEAD',
    });
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    const post = await rawHttpRequest(owner.port, `/lists/${sharedListId}/download`, {
      method: 'POST',
    });
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe('GET, HEAD');
    for (const path of ['/lists/abc/download', '/lists/0/download', '/lists/999/download']) {
      const answer = await rawHttpRequest(owner.port, path);
      expect(answer.status, path).toBe(404);
    }
  });
});
