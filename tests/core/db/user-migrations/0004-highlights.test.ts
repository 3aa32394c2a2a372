import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate } from '#core/db/migrate.ts';
import { openUserDb } from '#core/db/open-database.ts';
import { userMigration0004Highlights } from '#core/db/user-migrations/0004-highlights.ts';
import { userMigrations } from '#core/db/user-migrations/index.ts';
import { listBookmarks, saveBookmark } from '#core/store/user/bookmarks.ts';
import { listHighlights, saveHighlight } from '#core/store/user/highlights.ts';
import { withDatabaseFile } from '../../../helpers/database-file.ts';
import { tempFolder } from '../../../helpers/temp-folder.ts';

const DOCUMENT = 'c'.repeat(64);

describe('user migration 0004', () => {
  it('is the fourth user migration', () => {
    expect(userMigrations[3]).toBe(userMigration0004Highlights);
    expect(userMigration0004Highlights.version).toBe(4);
  });

  it('adds highlights to an existing user database and keeps its bookmarks', () => {
    const file = join(tempFolder(), 'user.db');
    const before = withDatabaseFile(file, (db) => {
      migrate(db, userMigrations.slice(0, 3), 'user');
      saveBookmark(db, { documentId: DOCUMENT, page: 3, note: 'Closed hearing for children' });
      saveBookmark(db, { documentId: DOCUMENT, page: null, note: 'Read before the appeal' });
      return listBookmarks(db, null);
    });
    expect(before).toHaveLength(2);

    const db = openUserDb(file);
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(userMigrations.length);
      expect(listBookmarks(db, null)).toEqual(before);
      const saved = saveHighlight(db, {
        documentId: DOCUMENT,
        page: 3,
        prefix: 'The court ',
        exact: 'may close the hearing',
        suffix: ' to the public',
        start: 42,
        colour: 'green',
        note: '',
      });
      expect(listHighlights(db, DOCUMENT)).toEqual([saved]);
    } finally {
      db.close();
    }
  });

  it('refuses a colour or page the interface never offers', () => {
    const file = join(tempFolder(), 'user.db');
    withDatabaseFile(file, (db) => {
      migrate(db, userMigrations, 'user');
      const insert = (page: number, colour: string) =>
        db
          .prepare(
            `INSERT INTO highlights (document_id, page, exact, colour, created_at, updated_at)
             VALUES (?, ?, 'quote', ?, '', '')`,
          )
          .run(DOCUMENT, page, colour);
      expect(() => insert(1, 'orange')).toThrow(/CHECK/);
      expect(() => insert(0, 'green')).toThrow(/CHECK/);
      expect(() => insert(1, 'green')).not.toThrow();
    });
  });
});
