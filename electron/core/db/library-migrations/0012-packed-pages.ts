import type { Migration } from '../migrate.ts';
import { PAGE_ROWID_SHIFT } from '../../library/document-record.ts';
import { registerPageTextFunctions } from '../../store/library/page-text.ts';

/** The document rowid a page rowid carries (document-record.ts). */
const DOCUMENT_OF = (page: string) => `(${page}.rowid >> ${PAGE_ROWID_SHIFT})`;

/** Adds `change` to the counts of a document's type and language, dropping counts that reach 0. */
function countChange(row: 'NEW' | 'OLD', change: 1 | -1): string {
  return (['type', 'language'] as const)
    .map(
      (facet) => `
        INSERT INTO document_counts (facet, value, documents) VALUES ('${facet}', ${row}.${facet}, ${change})
          ON CONFLICT (facet, value) DO UPDATE SET documents = documents + excluded.documents;
        DELETE FROM document_counts WHERE facet = '${facet}' AND value = ${row}.${facet} AND documents <= 0;`,
    )
    .join('');
}

function countTrigger(name: string, event: string, changes: ['NEW' | 'OLD', 1 | -1][]): string {
  return `CREATE TRIGGER document_counts_${name} ${event} ON documents BEGIN
    ${changes.map(([row, change]) => countChange(row, change)).join('')}
  END;`;
}

/**
 * Page text is stored compressed (store/library/page-text.ts), with its length in bytes beside it
 * for the totals: the full-text indexes are contentless, so the text kept for display and snippets
 * was half the database. The pages are converted by one statement, row by row, within the
 * migration's one transaction, so a library is either wholly converted or left as it was; the
 * space the old table took is reused by later writes, or given back by a VACUUM.
 *
 * The library's totals (documents, pages, bytes of page text) are kept in one row by triggers, and
 * its documents' counts by type and by language in a row each, so the statistics read a few rows
 * instead of every document and every document's totals.
 */
export const migration0012PackedPages: Migration = {
  version: 12,
  name: '0012-packed-pages',
  up(db) {
    registerPageTextFunctions(db);
    db.exec(`
      DROP TRIGGER page_totals_insert;
      DROP TRIGGER page_totals_delete;
      DROP TRIGGER page_totals_update;
      CREATE TABLE packed_pages (
        rowid INTEGER PRIMARY KEY,
        packed_text BLOB NOT NULL,
        text_bytes INTEGER NOT NULL,
        label TEXT
      );
      INSERT INTO packed_pages (rowid, packed_text, text_bytes, label)
        SELECT rowid, pack_page_text(text), length(CAST(text AS BLOB)), label FROM pages;
      DROP TABLE pages;
      ALTER TABLE packed_pages RENAME TO pages;

      CREATE TRIGGER page_totals_insert AFTER INSERT ON pages BEGIN
        INSERT INTO page_totals (document_rowid, pages, text_bytes)
          VALUES (${DOCUMENT_OF('NEW')}, 1, NEW.text_bytes)
          ON CONFLICT (document_rowid) DO UPDATE
          SET pages = pages + 1, text_bytes = text_bytes + excluded.text_bytes;
      END;
      CREATE TRIGGER page_totals_delete AFTER DELETE ON pages BEGIN
        UPDATE page_totals SET pages = pages - 1, text_bytes = text_bytes - OLD.text_bytes
          WHERE document_rowid = ${DOCUMENT_OF('OLD')};
        DELETE FROM page_totals WHERE document_rowid = ${DOCUMENT_OF('OLD')} AND pages <= 0;
      END;
      CREATE TRIGGER page_totals_update AFTER UPDATE OF rowid, text_bytes ON pages BEGIN
        UPDATE page_totals SET pages = pages - 1, text_bytes = text_bytes - OLD.text_bytes
          WHERE document_rowid = ${DOCUMENT_OF('OLD')};
        DELETE FROM page_totals WHERE document_rowid = ${DOCUMENT_OF('OLD')} AND pages <= 0;
        INSERT INTO page_totals (document_rowid, pages, text_bytes)
          VALUES (${DOCUMENT_OF('NEW')}, 1, NEW.text_bytes)
          ON CONFLICT (document_rowid) DO UPDATE
          SET pages = pages + 1, text_bytes = text_bytes + excluded.text_bytes;
      END;

      CREATE TABLE library_totals (
        only_row INTEGER PRIMARY KEY CHECK (only_row = 1),
        documents INTEGER NOT NULL,
        pages INTEGER NOT NULL,
        text_bytes INTEGER NOT NULL
      );
      INSERT INTO library_totals (only_row, documents, pages, text_bytes)
        SELECT 1, (SELECT count(*) FROM documents), count(*), coalesce(sum(text_bytes), 0)
        FROM pages;

      CREATE TRIGGER library_totals_document_insert AFTER INSERT ON documents BEGIN
        UPDATE library_totals SET documents = documents + 1;
      END;
      CREATE TRIGGER library_totals_document_delete AFTER DELETE ON documents BEGIN
        UPDATE library_totals SET documents = documents - 1;
      END;
      CREATE TRIGGER library_totals_page_insert AFTER INSERT ON pages BEGIN
        UPDATE library_totals SET pages = pages + 1, text_bytes = text_bytes + NEW.text_bytes;
      END;
      CREATE TRIGGER library_totals_page_delete AFTER DELETE ON pages BEGIN
        UPDATE library_totals SET pages = pages - 1, text_bytes = text_bytes - OLD.text_bytes;
      END;
      CREATE TRIGGER library_totals_page_update AFTER UPDATE OF text_bytes ON pages BEGIN
        UPDATE library_totals SET text_bytes = text_bytes - OLD.text_bytes + NEW.text_bytes;
      END;

      CREATE TABLE document_counts (
        facet TEXT NOT NULL CHECK (facet IN ('type', 'language')),
        value TEXT NOT NULL,
        documents INTEGER NOT NULL,
        PRIMARY KEY (facet, value)
      ) WITHOUT ROWID;
      INSERT INTO document_counts (facet, value, documents)
        SELECT 'type', type, count(*) FROM documents GROUP BY type
        UNION ALL
        SELECT 'language', language, count(*) FROM documents GROUP BY language;
      ${countTrigger('insert', 'AFTER INSERT', [['NEW', 1]])}
      ${countTrigger('delete', 'AFTER DELETE', [['OLD', -1]])}
      ${countTrigger('update', 'AFTER UPDATE OF type, language', [
        ['OLD', -1],
        ['NEW', 1],
      ])}
    `);
  },
};
