import { describe, expect, it } from 'vitest';
import { openLibraryDb } from '#core/db/open-database.ts';
import { libraryMigrations } from '#core/db/library-migrations/index.ts';
import { migration0009OcrRotation } from '#core/db/library-migrations/0009-ocr-rotation.ts';
import { insertDocument } from '#core/store/library/document-writer.ts';
import { readDetail } from '#core/store/library/document-reader.ts';
import { pageRowid } from '#core/library/document-record.ts';
import { readOcrPage, writeOcrPage, writePageImage } from '#core/store/library/ocr-pages.ts';
import {
  pagesOcrConfidence,
  readPageWords,
  readStoredPageImage,
} from '#core/store/library/page-words.ts';
import type { OcrPage } from '#shared/ocr-types.ts';
import { textRecord } from '../../../helpers/document-records.ts';

const sideways: OcrPage = {
  text: 'Victim',
  words: [{ text: 'Victim', box: [10, 20, 90, 40], confidence: 84 }],
  confidence: 84,
  width: 800,
  height: 600,
  languages: ['eng'],
  model: 'tesseract-5/eng',
  rotation: 90,
};

describe('library migration 0009', () => {
  it('comes ninth', () => {
    expect(libraryMigrations[8]).toBe(migration0009OcrRotation);
    expect(migration0009OcrRotation.version).toBe(9);
  });

  it('keeps the turn OCR gave a page, 0 for a page read upright', () => {
    const db = openLibraryDb(':memory:');
    const id = 'a'.repeat(64);
    writeOcrPage(db, id, 1, sideways);
    writeOcrPage(db, id, 2, { ...sideways, rotation: undefined });
    expect(readOcrPage(db, id, 1)?.rotation).toBe(90);
    expect(readOcrPage(db, id, 2)?.rotation).toBe(0);
    expect(() =>
      db.prepare('UPDATE ocr_pages SET rotation = 45 WHERE document_id = ?').run(id),
    ).toThrow(/CHECK/);
  });

  it("gives the reader a scanned page's words, its stored image and its mark", () => {
    const db = openLibraryDb(':memory:');
    const rowid = insertDocument(db, textRecord('d', ['typed', 'scanned']), 'now');
    writeOcrPage(db, 'd', 2, sideways);
    writeOcrPage(db, 'd', 1, { ...sideways, rotation: 0 }, 'text-layer');
    expect(readPageWords(db, rowid, 1)).toBeNull();
    expect(readPageWords(db, rowid, 2)).toEqual({
      page: 2,
      words: sideways.words,
      width: 800,
      height: 600,
      rotation: 90,
      model: 'tesseract-5/eng',
      confidence: 84,
      languages: ['eng'],
    });
    expect(pagesOcrConfidence(db, [pageRowid(rowid, 1), pageRowid(rowid, 2)])).toEqual(
      new Map([[pageRowid(rowid, 2), 84]]),
    );
    expect(readDetail(db, rowid)?.ocrPages).toBe(1);
    expect(readStoredPageImage(db, rowid, 2)).toBeNull();
    writePageImage(db, 'd', 2, { width: 2, height: 1, png: new Uint8Array([137, 80, 78, 71]) });
    expect(readStoredPageImage(db, rowid, 2)).toEqual({
      page: 2,
      width: 2,
      height: 1,
      png: Buffer.from([137, 80, 78, 71]).toString('base64'),
    });
  });
});
