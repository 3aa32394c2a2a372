// A library the size of a classroom's (1,500 documents of synthetic prose, a few to twenty pages
// each), built once into a database file and kept, for benchmarks of searches served over HTTP.
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { openLibraryDb } from '#core/db/open-database.ts';
import { indexPage } from '#core/ingest/index-page.ts';
import { insertDocument } from '#core/store/library/document-writer.ts';
import { optimiseFullTextIndexes } from '#core/store/library/index-maintenance.ts';
import { seededRandom } from '../seeded-random.ts';
import { CORPUS_VERSION } from './pdf-corpus.ts';
import { pageCount, prose, subject } from './synthetic-text.ts';

const MAX_PAGES = 20;

/** Builds the library at dbPath unless a complete one of this size is there already. */
export function ensureClassroomLibrary(dbPath: string, documents: number): void {
  const marker = `${dbPath}.complete-${CORPUS_VERSION}-${documents}`;
  if (existsSync(marker) && existsSync(dbPath)) return;
  mkdirSync(dirname(dbPath), { recursive: true });
  for (const suffix of ['', '-wal', '-shm']) rmSync(dbPath + suffix, { force: true });
  const db = openLibraryDb(dbPath);
  const insertMany = db.transaction((from: number, to: number) => {
    for (let d = from; d < to; d++) {
      const rand = seededRandom(d + 1);
      const about = subject(rand);
      const pages = Math.min(MAX_PAGES, pageCount(rand));
      insertDocument(
        db,
        {
          id: `classroom-${d}`,
          path: `classroom/${d}.pdf`,
          entryKey: null,
          format: 'pdf',
          sizeBytes: 0,
          outline: [],
          pages: Array.from({ length: pages }, () => indexPage(prose(rand, 2200, about))),
          uncatalogued: false,
          metadataSource: 'catalog',
          metadataHash: '',
          metadata: {
            title: prose(rand, 40, about).split('.')[0]!,
            type: 'handbook',
            language: 'en',
            year: 2010 + (d % 15),
            date: null,
            summary: prose(rand, 300, about),
            keywords: [],
            countries: [],
            organisations: [],
            themes: [],
            links: [],
          },
        },
        new Date(Date.UTC(2024, 0, 1) + d * 1000).toISOString(),
      );
    }
  });
  for (let d = 0; d < documents; d += 100) {
    insertMany(d, Math.min(documents, d + 100));
    process.stderr.write(`\rbuilding the library: ${Math.min(documents, d + 100)} of ${documents}`);
  }
  process.stderr.write('\n');
  optimiseFullTextIndexes(db);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  writeFileSync(marker, '');
}
