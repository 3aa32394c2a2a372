import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { libraryMigrations } from '#core/db/library-migrations/index.ts';
import { migration0014AttributesIndex } from '#core/db/library-migrations/0014-attributes-index.ts';

const plan = (db: Database.Database, sql: string) =>
  db
    .prepare<[], { detail: string }>(`EXPLAIN QUERY PLAN ${sql}`)
    .all()
    .map((row) => row.detail)
    .join('\n');

describe('library migration 0014', () => {
  it('comes fourteenth', () => {
    expect(libraryMigrations[13]).toBe(migration0014AttributesIndex);
    expect(migration0014AttributesIndex.version).toBe(14);
  });

  it("lets the documents' attributes be read without reading the documents table", () => {
    const db = new Database(':memory:');
    for (const m of libraryMigrations) m.up(db);
    const columns = 'SELECT rowid, title, type, language, year FROM documents';
    expect(plan(db, `${columns} WHERE 1`)).toMatch(/COVERING INDEX documents_attributes/);
    expect(plan(db, `${columns} WHERE id NOT IN (SELECT document_id FROM do_not_share)`)).toMatch(
      /COVERING INDEX documents_attributes/,
    );
  });
});
