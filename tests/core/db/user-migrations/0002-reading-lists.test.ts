import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { userMigration0001Initial } from '#core/db/user-migrations/0001-initial.ts';
import { userMigration0002ReadingLists } from '#core/db/user-migrations/0002-reading-lists.ts';

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);
const C = 'c'.repeat(64);

function version1WithCollections(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  userMigration0001Initial.up(db);
  db.exec(`
    INSERT INTO collections (id, name, created_at) VALUES
      (1, 'Evidence module', '2025-03-01T08:00:00.000Z'),
      (2, 'Victim protection', '2025-03-02T08:00:00.000Z');
    INSERT INTO collection_items (collection_id, document_id, position) VALUES
      (1, '${B}', 7), (1, '${A}', 3), (1, '${C}', 12), (2, '${A}', 0);
  `);
  return db;
}

describe('user migration 0002', () => {
  it('keeps the collections of version 1 as reading lists, unshared, in their order', () => {
    const db = version1WithCollections();
    userMigration0002ReadingLists.up(db);

    expect(db.prepare('SELECT id, name, note, shared, updated_at FROM collections').all()).toEqual([
      {
        id: 1,
        name: 'Evidence module',
        note: '',
        shared: 0,
        updated_at: '2025-03-01T08:00:00.000Z',
      },
      {
        id: 2,
        name: 'Victim protection',
        note: '',
        shared: 0,
        updated_at: '2025-03-02T08:00:00.000Z',
      },
    ]);
    expect(
      db
        .prepare(
          'SELECT collection_id, document_id, page, note, position FROM collection_items ORDER BY collection_id, position',
        )
        .all(),
    ).toEqual([
      { collection_id: 1, document_id: A, page: null, note: '', position: 0 },
      { collection_id: 1, document_id: B, page: null, note: '', position: 1 },
      { collection_id: 1, document_id: C, page: null, note: '', position: 2 },
      { collection_id: 2, document_id: A, page: null, note: '', position: 0 },
    ]);
  });

  it('lets a document appear at several pages, each page once', () => {
    const db = version1WithCollections();
    userMigration0002ReadingLists.up(db);
    const add = db.prepare(
      'INSERT INTO collection_items (collection_id, document_id, page, position) VALUES (1, ?, ?, 9)',
    );
    add.run(A, 4);
    add.run(A, 9);
    expect(() => add.run(A, 4)).toThrow(/UNIQUE/);
    expect(() => add.run(A, null)).toThrow(/UNIQUE/);
    expect(() => add.run(A, 0)).toThrow(/CHECK/);
  });

  it('deletes the items of a deleted list', () => {
    const db = version1WithCollections();
    userMigration0002ReadingLists.up(db);
    db.prepare('DELETE FROM collections WHERE id = 1').run();
    expect(db.prepare('SELECT count(*) FROM collection_items').pluck().get()).toBe(1);
  });
});
