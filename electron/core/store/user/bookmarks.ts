import type Database from 'better-sqlite3';
import type { Bookmark, BookmarkInput } from '#shared/api.ts';

interface BookmarkRow {
  id: number;
  document_id: string;
  page: number | null;
  note: string;
  created_at: string;
  updated_at: string;
}

const toBookmark = (r: BookmarkRow): Bookmark => ({
  id: r.id,
  documentId: r.document_id,
  page: r.page,
  note: r.note,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export function listBookmarks(db: Database.Database, documentId: string | null): Bookmark[] {
  const rows = documentId
    ? db.prepare('SELECT * FROM bookmarks WHERE document_id = ? ORDER BY page, id').all(documentId)
    : db.prepare('SELECT * FROM bookmarks ORDER BY updated_at DESC, id DESC').all();
  return (rows as BookmarkRow[]).map(toBookmark);
}

/** One bookmark per document page: saving again updates its note. */
export function saveBookmark(
  db: Database.Database,
  input: BookmarkInput,
  now = new Date(),
): Bookmark {
  const at = now.toISOString();
  const existing = db
    .prepare('SELECT id FROM bookmarks WHERE document_id = ? AND page IS ?')
    .get(input.documentId, input.page) as { id: number } | undefined;
  const id = existing
    ? (db
        .prepare('UPDATE bookmarks SET note = ?, updated_at = ? WHERE id = ?')
        .run(input.note, at, existing.id),
      existing.id)
    : Number(
        db
          .prepare(
            'INSERT INTO bookmarks (document_id, page, note, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
          )
          .run(input.documentId, input.page, input.note, at, at).lastInsertRowid,
      );
  return toBookmark(db.prepare('SELECT * FROM bookmarks WHERE id = ?').get(id) as BookmarkRow);
}

export function deleteBookmark(db: Database.Database, id: number): boolean {
  return db.prepare('DELETE FROM bookmarks WHERE id = ?').run(id).changes > 0;
}
