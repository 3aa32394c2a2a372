// Which documents are PDFs that need a password to open: listed as such, kept from classroom
// visitors (the password was given to the library's owner, not to the room).
import type Database from 'better-sqlite3';
import { statement } from '../statement-cache.ts';

export function setPasswordProtected(
  db: Database.Database,
  id: string,
  passwordProtected: boolean,
): void {
  if (passwordProtected)
    statement(db, 'INSERT OR IGNORE INTO password_protected (document_id) VALUES (?)').run(id);
  else statement(db, 'DELETE FROM password_protected WHERE document_id = ?').run(id);
}

export function isPasswordProtected(db: Database.Database, id: string): boolean {
  return (
    statement(db, 'SELECT 1 FROM password_protected WHERE document_id = ?').get(id) !== undefined
  );
}
