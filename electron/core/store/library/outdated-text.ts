import type Database from 'better-sqlite3';
import { TEXT_VERSION } from '../../text/text-version.ts';

/** Whether some document was read by an older engine, so indexing the library again improves it. */
export function hasOutdatedText(db: Database.Database): boolean {
  return (
    db.prepare('SELECT 1 FROM documents WHERE text_version < ? LIMIT 1').get(TEXT_VERSION) !==
    undefined
  );
}
