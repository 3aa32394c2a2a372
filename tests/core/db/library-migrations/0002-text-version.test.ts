import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migration0001Initial } from '#core/db/library-migrations/0001-initial.ts';
import { migration0002TextVersion } from '#core/db/library-migrations/0002-text-version.ts';

describe('library migration 0002', () => {
  it('marks the documents of a version-1 library as read by an older engine', () => {
    const db = new Database(':memory:');
    migration0001Initial.up(db);
    db.prepare(
      `INSERT INTO documents (id, path, title, type, format, language, page_count, size_bytes, added_at)
       VALUES ('abc', 'guide.md', 'Guide', 'handbook', 'markdown', 'en', 1, 10, '2025-01-01')`,
    ).run();
    migration0002TextVersion.up(db);
    expect(db.prepare('SELECT text_version FROM documents').pluck().all()).toEqual([0]);
  });
});
