import type { Migration } from '../migrate.ts';

/**
 * What optical character recognition read on scanned pages, and the page images of files a
 * browser cannot show (TIFF frames, stored as PNG).
 *
 * ocr_pages holds, per document (by id: the hash of the file's bytes, so the same scan is never
 * read twice), page and recognition model, the words with their boxes in image pixels (JSON
 * [text, x0, y0, x1, y1, confidence] rows), the page's confidence, the image size and where the
 * words came from: 'ocr', or 'text-layer' where the PDF's own text was kept. The page's indexed
 * text is rebuilt from these words when the text pipeline changes, without reading the image
 * again. The latest record of a page (highest rowid) is the one that counts.
 *
 * ocr_needs lists the pages whose text layer reading found wanting (ingest/needs-ocr.ts), with the
 * reason, for OCR to work through: set each time the file is read.
 */
export const migration0008OcrPages: Migration = {
  version: 8,
  name: '0008-ocr-pages',
  up(db) {
    db.exec(`
      CREATE TABLE ocr_pages (
        rowid INTEGER PRIMARY KEY,
        document_id TEXT NOT NULL,
        page INTEGER NOT NULL CHECK (page >= 1),
        model TEXT NOT NULL,
        source TEXT NOT NULL CHECK (source IN ('ocr', 'text-layer')),
        confidence REAL NOT NULL CHECK (confidence BETWEEN 0 AND 100),
        width INTEGER NOT NULL CHECK (width > 0),
        height INTEGER NOT NULL CHECK (height > 0),
        languages TEXT NOT NULL DEFAULT '[]',
        words TEXT NOT NULL DEFAULT '[]',
        recognised_at TEXT NOT NULL,
        UNIQUE (document_id, page, model)
      );
      CREATE TABLE ocr_needs (
        document_id TEXT NOT NULL,
        page INTEGER NOT NULL CHECK (page >= 1),
        reason TEXT NOT NULL,
        PRIMARY KEY (document_id, page)
      ) WITHOUT ROWID;
      CREATE TABLE page_images (
        document_id TEXT NOT NULL,
        page INTEGER NOT NULL CHECK (page >= 1),
        width INTEGER NOT NULL,
        height INTEGER NOT NULL,
        png BLOB NOT NULL,
        PRIMARY KEY (document_id, page)
      ) WITHOUT ROWID;
    `);
  },
};
