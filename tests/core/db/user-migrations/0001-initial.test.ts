import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { userMigration0001Initial } from '#core/db/user-migrations/0001-initial.ts';

describe('user migration 0001', () => {
  it('creates bookmarks, reading positions, collections and settings', () => {
    const db = new Database(':memory:');
    userMigration0001Initial.up(db);
    const names = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
    expect(names).toEqual(
      expect.arrayContaining([
        'bookmarks',
        'reading_positions',
        'collections',
        'collection_items',
        'settings',
      ]),
    );
  });
});
