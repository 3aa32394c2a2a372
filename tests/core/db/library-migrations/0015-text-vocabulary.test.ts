import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { libraryMigrations } from '#core/db/library-migrations/index.ts';
import { migration0015TextVocabulary } from '#core/db/library-migrations/0015-text-vocabulary.ts';
import { seaClusterPairs } from '#shared/text/cluster-pairs.ts';

describe('library migration 0015', () => {
  it('comes fifteenth', () => {
    expect(libraryMigrations[14]).toBe(migration0015TextVocabulary);
    expect(migration0015TextVocabulary.version).toBe(15);
  });

  it("lists the document text index's tokens, its cluster pairs among them, with their documents", () => {
    const db = new Database(':memory:');
    for (const m of libraryMigrations) m.up(db);
    const insert = db.prepare(
      'INSERT INTO doc_text_fts (rowid, body, sea, exact) VALUES (?, ?, ?, ?)',
    );
    insert.run(1, 'court', seaClusterPairs('มนุษย์'), '');
    insert.run(2, 'courts', seaClusterPairs('มน'), '');
    const pairs = db
      .prepare('SELECT term, doc FROM doc_text_vocab WHERE term >= ? AND term <= ?')
      .raw()
      .all('ม\ue000น', 'ม\ue000น\u{10ffff}');
    expect(pairs).toEqual([
      ['ม\ue000น', 1],
      ['ม\ue000นุ', 1],
    ]);
    const words = db.prepare("SELECT term FROM doc_text_vocab WHERE term LIKE 'court%'").pluck();
    expect(words.all()).toEqual(['court', 'courts']);
  });
});
