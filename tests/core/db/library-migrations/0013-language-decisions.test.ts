import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { libraryMigrations } from '#core/db/library-migrations/index.ts';
import { migration0013LanguageDecisions } from '#core/db/library-migrations/0013-language-decisions.ts';
import {
  markLanguageDefault,
  readLanguageDecision,
  writeLanguageDetection,
} from '#core/store/library/language-decisions.ts';

const ID = 'a'.repeat(64);

describe('library migration 0013', () => {
  it('comes thirteenth', () => {
    expect(libraryMigrations[12]).toBe(migration0013LanguageDecisions);
    expect(migration0013LanguageDecisions.version).toBe(13);
  });

  it('records a default, what detection found, and keeps it when the file is written again', () => {
    const db = new Database(':memory:');
    for (const m of libraryMigrations) m.up(db);
    markLanguageDefault(db, ID, true);
    expect(readLanguageDecision(db, ID)).toEqual({
      decidedBy: 'default',
      language: null,
      trials: [],
    });
    const trials = [{ language: 'th', confidence: 93, letters: 248, commonWords: 36, ms: 400 }];
    writeLanguageDetection(db, ID, { language: 'th', sure: true, trials, ms: 900 });
    markLanguageDefault(db, ID, true);
    expect(readLanguageDecision(db, ID)).toEqual({ decidedBy: 'detected', language: 'th', trials });
    // A language named otherwise (the catalog, a person) clears it.
    markLanguageDefault(db, ID, false);
    expect(readLanguageDecision(db, ID)).toBeNull();
    expect(() =>
      db
        .prepare(
          "INSERT INTO language_decisions (document_id, decided_by, decided_at) VALUES (?, 'guess', '')",
        )
        .run('b'),
    ).toThrow(/CHECK/);
  });
});
