// Which documents were read only in part (the page or time limit stopped them), and within which
// limits, so that a run allowed more reads them again.
import type Database from 'better-sqlite3';
import { statement } from '../statement-cache.ts';

/** The limits a document was read within when they stopped it before its end. */
export interface ReadWithin {
  pagesPerFile: number;
  secondsPerFile: number;
}

export function setReadInPart(db: Database.Database, id: string, within: ReadWithin | null): void {
  if (within === null) {
    statement(db, 'DELETE FROM read_in_part WHERE document_id = ?').run(id);
    return;
  }
  statement(
    db,
    `INSERT INTO read_in_part (document_id, pages_per_file, seconds_per_file) VALUES (?, ?, ?)
     ON CONFLICT (document_id) DO UPDATE SET
       pages_per_file = excluded.pages_per_file, seconds_per_file = excluded.seconds_per_file`,
  ).run(id, within.pagesPerFile, within.secondsPerFile);
}

/** Every document read in part, by id. */
export function readInPartDocuments(db: Database.Database): Map<string, ReadWithin> {
  const rows = statement(
    db,
    'SELECT document_id AS id, pages_per_file AS pages, seconds_per_file AS seconds FROM read_in_part',
  ).all() as { id: string; pages: number; seconds: number }[];
  return new Map(rows.map((r) => [r.id, { pagesPerFile: r.pages, secondsPerFile: r.seconds }]));
}
