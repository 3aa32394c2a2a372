// The "do not share" mark: documents their library's owner keeps out of every pack and copy.
import type Database from 'better-sqlite3';
import { statement } from '../statement-cache.ts';

/**
 * Which documents a store answers for: the whole library (this computer), or only the documents
 * that may be shared (classroom visitors, for whom a document marked "do not share" or a PDF that
 * needs a password does not exist).
 */
export type LibraryView = 'whole' | 'shareable';

/** An SQL condition on a column of document ids that holds for the documents in the view. */
export function inView(view: LibraryView, idColumn = 'id'): string {
  return view === 'shareable'
    ? `${idColumn} NOT IN (SELECT document_id FROM do_not_share) AND ${idColumn} NOT IN (SELECT document_id FROM password_protected)`
    : '1';
}

export function setDoNotShare(
  db: Database.Database,
  id: string,
  doNotShare: boolean,
  now = new Date(),
): void {
  if (doNotShare)
    statement(db, 'INSERT OR IGNORE INTO do_not_share (document_id, marked_at) VALUES (?, ?)').run(
      id,
      now.toISOString(),
    );
  else statement(db, 'DELETE FROM do_not_share WHERE document_id = ?').run(id);
}

export function isShareable(db: Database.Database, id: string): boolean {
  return statement(db, 'SELECT 1 FROM do_not_share WHERE document_id = ?').get(id) === undefined;
}

/** A marked document replaced by another (a corrected file, a newer version) passes its mark on. */
export function carryDoNotShare(db: Database.Database, fromId: string, toId: string): void {
  statement(
    db,
    `INSERT OR IGNORE INTO do_not_share (document_id, marked_at)
     SELECT ?, marked_at FROM do_not_share WHERE document_id = ?`,
  ).run(toId, fromId);
}
