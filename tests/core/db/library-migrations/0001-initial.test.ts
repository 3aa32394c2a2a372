import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migration0001Initial } from '#core/db/library-migrations/0001-initial.ts';

describe('library migration 0001', () => {
  it('creates the tables and FTS5 indexes on an empty database', () => {
    const db = new Database(':memory:');
    migration0001Initial.up(db);
    const names = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
    for (const table of [
      'documents',
      'pages',
      'countries',
      'organisations',
      'themes',
      'document_types',
      'languages',
      'document_countries',
      'document_organisations',
      'document_themes',
      'document_links',
      'library_info',
      'pages_fts',
      'docs_fts',
    ]) {
      expect(names).toContain(table);
    }
    expect(db.prepare('SELECT count(*) FROM languages').pluck().get()).toBeGreaterThanOrEqual(9);
  });

  it('tokenises Thai vowel signs as part of words, not as separators', () => {
    const db = new Database(':memory:');
    migration0001Initial.up(db);
    db.prepare('INSERT INTO pages_fts (rowid, body, sea) VALUES (1, ?, ?)').run(
      'การ คุ้มครอง ผู้เสียหาย',
      '',
    );
    expect(
      db.prepare('SELECT rowid FROM pages_fts WHERE pages_fts MATCH \'"คุ้มครอง"\'').pluck().all(),
    ).toEqual([1]);
    expect(
      db.prepare('SELECT rowid FROM pages_fts WHERE pages_fts MATCH \'"ค"\'').pluck().all(),
    ).toEqual([]);
  });
});
