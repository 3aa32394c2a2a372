// A library database checked from outside: whether SQLite and each FTS5 index find it whole, and
// what it holds reduced to one digest, independent of the order its documents were written in
// (rowids and the time each was added differ from run to run; ids are the files' content hashes).
// The crash loop compares a library after a kill and a re-run with a clean run's this way.
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { unpackPageText } from './page-text.ts';

/** The FTS5 tables of a library (not their vocabulary views), as the migrations made them. */
export function fullTextTables(db: Database.Database): string[] {
  return db
    .prepare<[], string>(
      `SELECT name FROM sqlite_master
        WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE % USING fts5(%' ORDER BY name`,
    )
    .pluck()
    .all();
}

/** What is wrong with the database: empty when SQLite and every FTS5 index find it whole. */
export function integrityProblems(db: Database.Database): string[] {
  const problems = db
    .prepare<[], string>('PRAGMA integrity_check')
    .pluck()
    .all()
    .filter((line) => line !== 'ok')
    .map((line) => `integrity_check: ${line}`);
  for (const table of fullTextTables(db)) {
    try {
      db.prepare(`INSERT INTO "${table}"("${table}") VALUES ('integrity-check')`).run();
    } catch (error) {
      problems.push(`${table}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return problems;
}

/** Documents in the library, or null before its tables exist. */
export function documentCountOf(db: Database.Database): number | null {
  try {
    return db.prepare<[], number>('SELECT count(*) FROM documents').pluck().get() ?? 0;
  } catch {
    return null;
  }
}

export interface LibraryContents {
  documents: number;
  pages: number;
  /** One digest of the documents, their pages, links and taxonomy, and every full-text index. */
  digest: string;
}

const LINKS = [
  ['document_countries', 'country_code'],
  ['document_organisations', "organisation_id || ' ' || role"],
  ['document_themes', 'theme_id'],
  ['document_links', 'target_path'],
] as const;

const TAXONOMY = ['countries', 'organisations', 'themes', 'document_types', 'do_not_share'];

export function libraryContents(db: Database.Database): LibraryContents {
  const hash = createHash('sha256');
  const add = (rows: unknown[]) => hash.update(JSON.stringify(rows));
  const documents = db
    .prepare(
      `SELECT id, path, entry_key, title, type, format, language, year, date, summary, keywords,
              outline, page_count, size_bytes, uncatalogued, metadata_source, metadata_hash
         FROM documents ORDER BY id`,
    )
    .raw()
    .all();
  add(documents);
  const pages = db
    .prepare<[], [string, number, Buffer]>(
      `SELECT d.id, p.rowid - (d.rowid << 20) AS page, p.packed_text
         FROM pages p JOIN documents d ON d.rowid = p.rowid >> 20 ORDER BY d.id, page`,
    )
    .raw()
    .all()
    .map(([id, page, packed]) => [id, page, unpackPageText(packed)]);
  add(pages);
  for (const [table, column] of LINKS) {
    const sql = `SELECT d.id, ${column} AS value FROM ${table} t
                   JOIN documents d ON d.rowid = t.document_rowid ORDER BY d.id, value`;
    add(db.prepare(sql).raw().all());
  }
  for (const table of TAXONOMY) add(db.prepare(`SELECT * FROM ${table} ORDER BY 1`).raw().all());
  for (const table of fullTextTables(db)) add(fullTextEntries(db, table));
  return { documents: documents.length, pages: pages.length, digest: hash.digest('hex') };
}

/**
 * A full-text index's entries (each word with its column and position), as one digest per
 * document or page, named by document id and page number. The vocabulary comes in term order, so
 * each document's entries come in the same order whatever rowid it was given.
 */
function fullTextEntries(db: Database.Database, table: string): string[] {
  const ids = new Map(
    db.prepare<[], [number, string]>('SELECT rowid, id FROM documents').raw().all(),
  );
  const isPages = table === 'pages_fts';
  const named = (doc: number) =>
    isPages ? `${ids.get(Math.floor(doc / 2 ** 20))} p${doc % 2 ** 20}` : `${ids.get(doc)}`;
  const vocab = `temp."audit_${table}"`;
  db.exec(`CREATE VIRTUAL TABLE ${vocab} USING fts5vocab(main, "${table}", 'instance')`);
  try {
    const owners = new Map<number, ReturnType<typeof createHash>>();
    const rows = db
      .prepare<[], [string, number, string, number]>(`SELECT term, doc, col, offset FROM ${vocab}`)
      .raw()
      .iterate();
    for (const [term, doc, col, offset] of rows) {
      let owner = owners.get(doc);
      if (!owner) owners.set(doc, (owner = createHash('sha256')));
      owner.update(`${term}\t${col}\t${offset}\n`);
    }
    return [...owners].map(([doc, owner]) => `${named(doc)} ${owner.digest('hex')}`).sort();
  } finally {
    db.exec(`DROP TABLE ${vocab}`);
  }
}
