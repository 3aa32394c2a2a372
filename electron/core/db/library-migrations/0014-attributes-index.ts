import type { Migration } from '../migrate.ts';

/**
 * What the search's attribute index reads of every document (store/library/attribute-rows.ts), in
 * an index of its own, in title order: the documents table also holds summaries and outlines,
 * several times the size (a library of a million pages read 68 MB of it to open, on a laptop just
 * started), and titles read in nearly the order the interface sorts them cost few comparisons to
 * put in that order. It replaces the index of titles alone, which it begins with (the document
 * lists in title order read it), and holds `id` for the view without the documents not shared.
 */
export const migration0014AttributesIndex: Migration = {
  version: 14,
  name: '0014-attributes-index',
  up(db) {
    db.exec(`
      CREATE INDEX documents_attributes
        ON documents(title COLLATE NOCASE, type, language, year, id);
      DROP INDEX documents_title;
    `);
  },
};
