// A small real library for the pack tests (documents and descriptions from the multilingual
// fixture, one of them in a sub-folder), portals over it, and fingerprints of a library's
// database and folder to prove that a refused pack changed neither.
import { createHash } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse, stringify } from 'yaml';
import type { CreatePackReport } from '#core/packs/create-pack.ts';
import type { Portal } from '#core/portal.ts';
import { openPortal } from '#core/portal.ts';
import { withDatabaseFile } from './database-file.ts';
import { tempFolder } from './temp-folder.ts';

const FIXTURE = resolve(import.meta.dirname, '..', 'fixtures', 'multilingual', 'library');

/** Fixture file to its place in the small library. */
const FILES: Record<string, string> = {
  'en-digital-evidence.html': 'en-digital-evidence.html',
  'en-fishing-vessels-inspection.md': 'en-fishing-vessels-inspection.md',
  'en-shelter-standards.pdf': 'guides/en-shelter-standards.pdf',
  'vi-phong-ngua-cuong-buc-lao-dong.md': 'vi-phong-ngua-cuong-buc-lao-dong.md',
};

export function makeSmallLibrary(folder = tempFolder('portal-pack-library-')): string {
  for (const [from, to] of Object.entries(FILES)) {
    mkdirSync(join(folder, to, '..'), { recursive: true });
    copyFileSync(join(FIXTURE, from), join(folder, to));
  }
  const catalog = parse(readFileSync(join(FIXTURE, 'catalog.yaml'), 'utf8')) as {
    documents: { file: string }[];
  };
  const documents = catalog.documents
    .filter((d) => d.file in FILES)
    .map((d) => ({ ...d, file: FILES[d.file] }));
  writeFileSync(join(folder, 'catalog.yaml'), stringify({ version: 1, documents }));
  copyFileSync(join(FIXTURE, 'taxonomy.yaml'), join(folder, 'taxonomy.yaml'));
  return folder;
}

export interface TestLibrary {
  portal: Portal;
  folder: string;
  libraryDb: string;
}

/** A portal over a folder, indexed in this thread, its databases in `data`. */
export async function indexedLibrary(
  folder: string,
  data = tempFolder('portal-pack-data-'),
): Promise<TestLibrary> {
  mkdirSync(folder, { recursive: true });
  const libraryDb = join(data, 'library.sqlite');
  const portal = openPortal({ libraryDbPath: libraryDb, userDbPath: join(data, 'user.sqlite') });
  await portal.index(folder, { workers: 0 });
  return { portal: reopen(portal, libraryDb, folder), folder, libraryDb };
}

/** The portal again, now that the database records the folder it was indexed from. */
function reopen(portal: Portal, libraryDb: string, folder: string): Portal {
  portal.close();
  return openPortal({
    libraryDbPath: libraryDb,
    userDbPath: join(libraryDb, '..', 'user.sqlite'),
    libraryFolder: folder,
  });
}

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/** What the library database holds, as one digest. */
export function libraryDatabaseDigest(libraryDb: string): string {
  return withDatabaseFile(libraryDb, (db) => {
    const dump = [
      'SELECT id, path, title, summary, metadata_hash, added_at FROM documents ORDER BY id',
      'SELECT rowid, packed_text, text_bytes, label FROM pages ORDER BY rowid',
      'SELECT * FROM countries ORDER BY code',
      'SELECT * FROM organisations ORDER BY id',
      'SELECT * FROM themes ORDER BY id',
      'SELECT * FROM do_not_share ORDER BY document_id',
      'SELECT * FROM library_info ORDER BY key',
    ].map((sql) => db.prepare(sql).all());
    return sha256(JSON.stringify(dump));
  });
}

/** Every file and folder under a folder (hidden ones and catalogs too), files with their digest. */
export function folderDigest(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .map((entry) => {
      const path = relative(folder, join(entry.parentPath, entry.name));
      return entry.isFile() ? `${path} ${sha256(readFileSync(join(folder, path)))}` : `${path}/`;
    })
    .sort();
}

/** The ids of the documents a search finds, in its order: every document for an empty query. */
export async function documentIds(portal: Portal, query = ''): Promise<string[]> {
  const found = await portal.api.search({ query, limit: 100 });
  if (!found.ok) throw new Error(found.error.message);
  return found.value.hits.map((h) => h.document.id);
}

/** Writes a pack of these documents, published by ASEAN-ACT. */
export async function writeTestPack(
  portal: Portal,
  out: string,
  ids: string[],
  signingKey: KeyObject | null = null,
): Promise<{ out: string; report: CreatePackReport }> {
  const made = await portal.createPack({
    out,
    documentIds: ids,
    publisher: 'ASEAN-ACT',
    signingKey,
  });
  if (!made.ok) throw new Error(made.error.message);
  return { out, report: made.value };
}
