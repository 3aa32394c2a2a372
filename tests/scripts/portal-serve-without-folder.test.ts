// `portal serve --db FILE` on a library database that records no folder (built by a tool, or its
// folder left behind): served read-only, documents' text without their files.
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openLibraryDb } from '#core/db/open-database.ts';
import { insertDocument } from '#core/store/library/document-writer.ts';
import { textRecord } from '../helpers/document-records.ts';
import { tempFolderFor } from '../helpers/temp-folder.ts';

const CLI = resolve(import.meta.dirname, '..', '..', 'scripts', 'portal.ts');
const ID = 'c'.repeat(64);

const home = tempFolderFor('serve-no-folder');
const dbPath = join(home, 'library.sqlite');
const db = openLibraryDb(dbPath);
db.transaction(() =>
  insertDocument(db, textRecord(ID, ['Court hearing'], { path: 'handbook.pdf' }), 'now'),
)();
db.close();

const server = spawn(process.execPath, [CLI, 'serve', '--db', dbPath, '--port', '0'], {
  env: { ...process.env, PORTAL_HOME: home },
  stdio: ['ignore', 'pipe', 'pipe'],
});
let stderr = '';
server.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
const url = new Promise<string>((found, fail) => {
  let stdout = '';
  server.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    const address = /Serving the Resource Portal at (http:\/\/\S+?)\/?\s/.exec(stdout)?.[1];
    if (address) found(address);
  });
  server.once('exit', (code) => fail(new Error(`portal serve ended with ${code}: ${stderr}`)));
});
afterAll(() => void server.kill('SIGTERM'));

describe('portal serve of a library without a folder', () => {
  it('serves it, saying it is read-only, with its documents’ text', async () => {
    const base = await url;
    expect(stderr).toContain('records no folder: it is served read-only');
    const answer = await fetch(`${base}/api/getPages`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ args: [ID] }),
    });
    expect(await answer.json()).toMatchObject({ ok: true, value: [{ text: 'Court hearing' }] });
  }, 30_000);

  it('serves no document file, the reader showing the text instead', async () => {
    const file = await fetch(`${await url}/files/${ID}`);
    expect(file.status).toBe(404);
  }, 30_000);
});
