// The library the interface bench serves: synthetic documents of the bench's prose with the sample
// library's taxonomy (countries, organisations, themes), one 2,000-page handbook for reading in
// windows, and a recorded library folder, so `portal serve --db` opens it like an indexed library.
// Built once per size and reused (a marker file beside it says it is complete).
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { openLibraryDb } from '#core/db/open-database.ts';
import { applyTaxonomy } from '#core/ingest/apply-taxonomy.ts';
import { indexPage } from '#core/ingest/index-page.ts';
import { loadCatalog, TAXONOMY_FILE } from '#core/ingest/load-catalog.ts';
import type { DocumentRecord } from '#core/library/document-record.ts';
import { insertDocument } from '#core/store/library/document-writer.ts';
import { optimiseFullTextIndexes } from '#core/store/library/index-maintenance.ts';
import { recordLibraryFolder } from '#core/store/library/library-folder.ts';
import { DOCUMENT_TYPES } from '#shared/types.ts';
import type { OrganisationRole } from '#shared/types.ts';
import { seededRandom } from '../seeded-random.ts';
import { pageCount, prose, subject } from './synthetic-text.ts';

const SAMPLE_LIBRARY = resolve(import.meta.dirname, '..', '..', 'resources', 'library');
const LIBRARY_VERSION = 2;
/** Document ids are SHA-256 digests, as for files; the bench's come from their names. */
const benchId = (name: string) => createHash('sha256').update(name).digest('hex');
/** The long document's id and length: a handbook read in windows of pages. */
export const LONG_DOCUMENT_ID = benchId('bench-long-handbook');
export const LONG_DOCUMENT_PAGES = 2000;

const TYPES = DOCUMENT_TYPES.filter((type) => !['news', 'event'].includes(type));
const LANGUAGES = ['en', 'en', 'en', 'vi', 'th', 'id', 'km', 'lo', 'my', 'ms', 'fil'];

export interface InterfaceLibrary {
  dbPath: string;
  folder: string;
}

function pickSome<T>(rand: () => number, from: readonly T[], most: number): T[] {
  const count = 1 + Math.floor(rand() * most);
  return [...new Set(Array.from({ length: count }, () => from[Math.floor(rand() * from.length)]!))];
}

function syntheticDocument(
  d: number,
  pages: number,
  taxonomy: { countries: string[]; organisations: string[]; themes: string[] },
  id = benchId(`bench-${d}`),
): DocumentRecord {
  const rand = seededRandom(d + 1);
  const about = subject(rand);
  const roles: OrganisationRole[] = ['publisher', 'partner', 'endorsing-agency'];
  return {
    id,
    path: `bench/${d}.pdf`,
    entryKey: null,
    format: 'pdf',
    sizeBytes: pages * 40_000,
    outline: [],
    pages: Array.from({ length: pages }, (_, p) =>
      indexPage(prose(rand, 2200, about), p < 4 ? ['i', 'ii', 'iii', 'iv'][p]! : String(p - 3)),
    ),
    uncatalogued: false,
    metadataSource: 'catalog',
    metadataHash: '',
    metadata: {
      title: prose(rand, 40, about).split('.')[0]!,
      type: TYPES[d % TYPES.length]!,
      language: LANGUAGES[d % LANGUAGES.length]!,
      year: 2005 + (d % 20),
      date: null,
      summary: prose(rand, 300, about),
      keywords: [],
      countries: pickSome(rand, taxonomy.countries, 2),
      organisations: pickSome(rand, taxonomy.organisations, 2).map((org, i) => ({
        id: org,
        role: roles[i % roles.length]!,
      })),
      themes: pickSome(rand, taxonomy.themes, 3),
      links: [],
    },
  };
}

/** Builds (or finds already built) the library of about `totalPages` pages under `work`. */
export function ensureInterfaceLibrary(work: string, totalPages: number): InterfaceLibrary {
  const dbPath = join(work, `interface-${totalPages}.sqlite`);
  const folder = join(work, `interface-${totalPages}-folder`);
  const marker = `${dbPath}.complete-${LIBRARY_VERSION}`;
  if (existsSync(marker) && existsSync(dbPath)) return { dbPath, folder };
  for (const suffix of ['', '-wal', '-shm']) rmSync(dbPath + suffix, { force: true });
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  cpSync(join(SAMPLE_LIBRARY, TAXONOMY_FILE), join(folder, TAXONOMY_FILE));
  const taxonomy = loadCatalog(folder).taxonomy;
  if (!taxonomy) throw new Error('The sample library has no taxonomy.yaml to describe documents.');
  const names = {
    countries: taxonomy.countries.map((c) => c.code),
    organisations: taxonomy.organisations.map((o) => o.id),
    themes: taxonomy.themes.map((t) => t.id),
  };

  const db = openLibraryDb(dbPath);
  applyTaxonomy(db, taxonomy);
  const lengths: number[] = [];
  const shortPages = Math.max(0, totalPages - LONG_DOCUMENT_PAGES);
  for (let total = 0; total < shortPages;) {
    const pages = Math.min(pageCount(seededRandom(lengths.length + 1)), shortPages - total);
    lengths.push(pages);
    total += pages;
  }
  const started = performance.now();
  const addedAt = (d: number) => new Date(Date.UTC(2024, 0, 1) + d * 1000).toISOString();
  const insertMany = db.transaction((from: number, to: number) => {
    for (let d = from; d < to; d++)
      insertDocument(db, syntheticDocument(d, lengths[d]!, names), addedAt(d));
  });
  for (let d = 0; d < lengths.length; d += 250) {
    insertMany(d, Math.min(lengths.length, d + 250));
    process.stderr.write(
      `\rbuilding the interface library: ${Math.min(lengths.length, d + 250)} of ${lengths.length} documents`,
    );
  }
  db.transaction(() => {
    const long = lengths.length;
    insertDocument(
      db,
      syntheticDocument(long, LONG_DOCUMENT_PAGES, names, LONG_DOCUMENT_ID),
      addedAt(long),
    );
    recordLibraryFolder(db, folder);
  })();
  process.stderr.write(
    `\rbuilt ${totalPages} pages (${lengths.length + 1} documents) in ${((performance.now() - started) / 1000).toFixed(0)} s\n`,
  );
  optimiseFullTextIndexes(db);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  writeFileSync(marker, '');
  return { dbPath, folder };
}
