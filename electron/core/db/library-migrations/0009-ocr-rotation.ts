import type { Migration } from '../migrate.ts';

/**
 * The turn OCR gave a page image before reading it (0, 90, 180 or 270 degrees clockwise): the
 * words' boxes are those of the turned image, so the reader needs the turn to lay them back over
 * the page as it is shown. Pages recorded before it were read upright (0).
 */
export const migration0009OcrRotation: Migration = {
  version: 9,
  name: '0009-ocr-rotation',
  up(db) {
    db.exec(`
      ALTER TABLE ocr_pages ADD COLUMN rotation INTEGER NOT NULL DEFAULT 0
        CHECK (rotation IN (0, 90, 180, 270));
    `);
  },
};
