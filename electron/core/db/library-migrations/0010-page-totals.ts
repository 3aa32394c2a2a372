import type { Migration } from '../migrate.ts';
import { PAGE_ROWID_SHIFT } from '../../library/document-record.ts';

/** The document rowid a page rowid carries (document-record.ts). */
const DOCUMENT_OF = (page: string) => `(${page}.rowid >> ${PAGE_ROWID_SHIFT})`;
const BYTES_OF = (page: string) => `length(CAST(${page}.text AS BLOB))`;

/**
 * Each document's count of stored pages and bytes of page text, kept by triggers on pages in the
 * same transaction as every write, so the library's statistics read one small row per document
 * instead of every page's text (seconds at a million pages). Documents are also indexed by
 * language, which the statistics count them by, and by title, which the browse pages list them
 * by: a profile's first documents are then read in title order from the index, without sorting
 * every document of the profile.
 */
export const migration0010PageTotals: Migration = {
  version: 10,
  name: '0010-page-totals',
  up(db) {
    db.exec(`
      CREATE TABLE page_totals (
        document_rowid INTEGER PRIMARY KEY,
        pages INTEGER NOT NULL,
        text_bytes INTEGER NOT NULL
      );
      INSERT INTO page_totals (document_rowid, pages, text_bytes)
        SELECT ${DOCUMENT_OF('pages')}, count(*), sum(${BYTES_OF('pages')})
        FROM pages GROUP BY 1;

      CREATE TRIGGER page_totals_insert AFTER INSERT ON pages BEGIN
        INSERT INTO page_totals (document_rowid, pages, text_bytes)
          VALUES (${DOCUMENT_OF('NEW')}, 1, ${BYTES_OF('NEW')})
          ON CONFLICT (document_rowid) DO UPDATE
          SET pages = pages + 1, text_bytes = text_bytes + excluded.text_bytes;
      END;
      CREATE TRIGGER page_totals_delete AFTER DELETE ON pages BEGIN
        UPDATE page_totals SET pages = pages - 1, text_bytes = text_bytes - ${BYTES_OF('OLD')}
          WHERE document_rowid = ${DOCUMENT_OF('OLD')};
        DELETE FROM page_totals WHERE document_rowid = ${DOCUMENT_OF('OLD')} AND pages <= 0;
      END;
      CREATE TRIGGER page_totals_update AFTER UPDATE OF rowid, text ON pages BEGIN
        UPDATE page_totals SET pages = pages - 1, text_bytes = text_bytes - ${BYTES_OF('OLD')}
          WHERE document_rowid = ${DOCUMENT_OF('OLD')};
        DELETE FROM page_totals WHERE document_rowid = ${DOCUMENT_OF('OLD')} AND pages <= 0;
        INSERT INTO page_totals (document_rowid, pages, text_bytes)
          VALUES (${DOCUMENT_OF('NEW')}, 1, ${BYTES_OF('NEW')})
          ON CONFLICT (document_rowid) DO UPDATE
          SET pages = pages + 1, text_bytes = text_bytes + excluded.text_bytes;
      END;

      CREATE INDEX documents_language ON documents(language);
      CREATE INDEX documents_title ON documents(title COLLATE NOCASE);
    `);
  },
};
