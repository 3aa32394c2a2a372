import type { Migration } from '../migrate.ts';

/**
 * Collections become reading lists: a note and a "shared with the room" flag on each list, and
 * items that may point at one page of a document (the same document can appear at several pages)
 * with a note of their own. Items of version 1 were keyed by document only; each is kept as a
 * whole-document item, in its list's order.
 */
export const userMigration0002ReadingLists: Migration = {
  version: 2,
  name: '0002-reading-lists',
  up(db) {
    db.exec(`
      ALTER TABLE collections ADD COLUMN note TEXT NOT NULL DEFAULT '';
      ALTER TABLE collections ADD COLUMN shared INTEGER NOT NULL DEFAULT 0 CHECK (shared IN (0, 1));
      ALTER TABLE collections ADD COLUMN updated_at TEXT NOT NULL DEFAULT '';
      UPDATE collections SET updated_at = created_at;

      CREATE TABLE reading_list_items (
        id INTEGER PRIMARY KEY,
        collection_id INTEGER NOT NULL REFERENCES collections(id) ON DELETE CASCADE,
        document_id TEXT NOT NULL,
        page INTEGER CHECK (page IS NULL OR page >= 1),
        note TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL
      );
      INSERT INTO reading_list_items (collection_id, document_id, page, note, position)
        SELECT collection_id, document_id, NULL, '',
               row_number() OVER (PARTITION BY collection_id ORDER BY position, document_id) - 1
        FROM collection_items
        ORDER BY collection_id, position, document_id;
      DROP TABLE collection_items;
      ALTER TABLE reading_list_items RENAME TO collection_items;

      -- A document appears once per page in a list (and once as a whole document).
      CREATE UNIQUE INDEX collection_items_place
        ON collection_items(collection_id, document_id, ifnull(page, 0));
      CREATE INDEX collection_items_order ON collection_items(collection_id, position);
    `);
  },
};
