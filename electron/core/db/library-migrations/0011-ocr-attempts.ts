import type { Migration } from '../migrate.ts';

/**
 * What the background OCR run knows of each page it works through, beside the page's need:
 * `attempts` counts the readings begun (counted before the page is read, so a page that ends the
 * recognising process counts too), `failure` says why the last one failed, and `first_at` puts a
 * document's pages first in the queue ("Read this document now"), the latest asked first. A page
 * that failed MAX_OCR_ATTEMPTS times (store/library/ocr-attempts.ts) is left with its reason
 * rather than tried again and again; the same file read again keeps these, since its id is the
 * hash of its bytes.
 */
export const migration0011OcrAttempts: Migration = {
  version: 11,
  name: '0011-ocr-attempts',
  up(db) {
    db.exec(`
      ALTER TABLE ocr_needs ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE ocr_needs ADD COLUMN failure TEXT;
      ALTER TABLE ocr_needs ADD COLUMN first_at INTEGER NOT NULL DEFAULT 0;
    `);
  },
};
