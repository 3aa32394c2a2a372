// A person's edit of a document's description, from the metadata form. It is recorded as theirs,
// so indexing the folder again keeps it.
import type Database from 'better-sqlite3';
import type { DocumentMetadata } from '../../library/document-record.ts';
import { readMetadata } from './document-reader.ts';
import { updateDocumentMetadata } from './document-writer.ts';

/** What the metadata form edits; the date, keywords and links stay as they were. */
export type MetadataEdit = Omit<DocumentMetadata, 'date' | 'keywords' | 'links'>;

export function applyMetadataEdit(db: Database.Database, rowid: number, edit: MetadataEdit): void {
  const current = readMetadata(db, rowid);
  const hash =
    db
      .prepare<[number], string>('SELECT metadata_hash FROM documents WHERE rowid = ?')
      .pluck()
      .get(rowid) ?? '';
  db.transaction(() =>
    updateDocumentMetadata(
      db,
      rowid,
      { ...current, ...edit },
      { metadataSource: 'user', metadataHash: hash, uncatalogued: false },
    ),
  )();
}
