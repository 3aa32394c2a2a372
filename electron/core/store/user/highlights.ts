import type Database from 'better-sqlite3';
import type { HighlightChange, HighlightInput } from '#shared/api.ts';
import type { Highlight, HighlightColour } from '#shared/highlights.ts';

interface HighlightRow {
  id: number;
  document_id: string;
  page: number;
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  colour: HighlightColour;
  note: string;
  created_at: string;
  updated_at: string;
}

const toHighlight = (r: HighlightRow): Highlight => ({
  id: r.id,
  documentId: r.document_id,
  page: r.page,
  exact: r.exact,
  prefix: r.prefix,
  suffix: r.suffix,
  start: r.start,
  colour: r.colour,
  note: r.note,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const readOne = (db: Database.Database, id: number): Highlight | null => {
  const row = db.prepare('SELECT * FROM highlights WHERE id = ?').get(id) as
    HighlightRow | undefined;
  return row ? toHighlight(row) : null;
};

/** A document's highlights in reading order, or every one (most recently changed first). */
export function listHighlights(db: Database.Database, documentId: string | null): Highlight[] {
  const rows = documentId
    ? db
        .prepare('SELECT * FROM highlights WHERE document_id = ? ORDER BY page, start, id')
        .all(documentId)
    : db.prepare('SELECT * FROM highlights ORDER BY updated_at DESC, id DESC').all();
  return (rows as HighlightRow[]).map(toHighlight);
}

export function saveHighlight(
  db: Database.Database,
  input: HighlightInput,
  now = new Date(),
): Highlight {
  const at = now.toISOString();
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO highlights
         (document_id, page, exact, prefix, suffix, start, colour, note, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      input.documentId,
      input.page,
      input.exact,
      input.prefix,
      input.suffix,
      input.start,
      input.colour,
      input.note,
      at,
      at,
    );
  return readOne(db, Number(lastInsertRowid))!;
}

/** Changes a highlight's colour or note (the quote stays as it was made); null when none. */
export function updateHighlight(
  db: Database.Database,
  change: HighlightChange,
  now = new Date(),
): Highlight | null {
  const existing = readOne(db, change.id);
  if (existing === null) return null;
  db.prepare('UPDATE highlights SET colour = ?, note = ?, updated_at = ? WHERE id = ?').run(
    change.colour ?? existing.colour,
    change.note ?? existing.note,
    now.toISOString(),
    change.id,
  );
  return readOne(db, change.id);
}

export function deleteHighlight(db: Database.Database, id: number): boolean {
  return db.prepare('DELETE FROM highlights WHERE id = ?').run(id).changes > 0;
}
