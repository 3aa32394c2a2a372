import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { libraryMigrations } from '#core/db/library-migrations/index.ts';
import { migration0011OcrAttempts } from '#core/db/library-migrations/0011-ocr-attempts.ts';

describe('library migration 0011', () => {
  it('comes eleventh', () => {
    expect(libraryMigrations[10]).toBe(migration0011OcrAttempts);
    expect(migration0011OcrAttempts.version).toBe(11);
  });

  it('keeps the pages waiting for OCR, with no attempt, failure or priority yet', () => {
    const db = new Database(':memory:');
    for (const m of libraryMigrations.slice(0, 10)) m.up(db);
    db.prepare('INSERT INTO ocr_needs (document_id, page, reason) VALUES (?, ?, ?)').run(
      'a'.repeat(64),
      3,
      'no-text',
    );
    migration0011OcrAttempts.up(db);
    expect(db.prepare('SELECT * FROM ocr_needs').all()).toEqual([
      {
        document_id: 'a'.repeat(64),
        page: 3,
        reason: 'no-text',
        attempts: 0,
        failure: null,
        first_at: 0,
      },
    ]);
  });
});
