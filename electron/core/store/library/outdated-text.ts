import type Database from 'better-sqlite3';
import { TEXT_VERSION } from '../../text/text-version.ts';

/** Whether some document was read by an older engine, so indexing the library again improves it. */
export function hasOutdatedText(db: Database.Database): boolean {
  return (
    db.prepare('SELECT 1 FROM documents WHERE text_version < ? LIMIT 1').get(TEXT_VERSION) !==
    undefined
  );
}

/** Marks a document to be read again by the next indexing run (its recognised text has changed). */
export function markTextOutdated(db: Database.Database, documentId: string): void {
  db.prepare('UPDATE documents SET text_version = 0 WHERE id = ?').run(documentId);
}
