import { describe, expect, it } from 'vitest';
import { openLibraryDb } from '#core/db/open-database.ts';
import { libraryMigrations } from '#core/db/library-migrations/index.ts';
import { migration0008OcrPages } from '#core/db/library-migrations/0008-ocr-pages.ts';
import { readPages } from '#core/store/library/document-reader.ts';
import { insertDocument } from '#core/store/library/document-writer.ts';
import {
  deleteOcrPages,
  ocrConfidences,
  readOcrPage,
  readOcrPages,
  readPageImage,
  writeOcrPage,
  writePageImage,
} from '#core/store/library/ocr-pages.ts';
import type { OcrPage } from '#shared/ocr-types.ts';
import { textRecord } from '../../../helpers/document-records.ts';

const reading = (model: string, confidence: number, text = 'Victim'): OcrPage => ({
  text,
  words: [{ text, box: [10, 20, 90, 40], confidence }],
  confidence,
  width: 600,
  height: 800,
  languages: ['eng', 'khm'],
  model,
});

describe('library migration 0008', () => {
  it('comes seventh', () => {
    expect(libraryMigrations[7]).toBe(migration0008OcrPages);
    expect(migration0008OcrPages.version).toBe(8);
  });

  it('keeps the words of each page by model, the latest reading counting', () => {
    const db = openLibraryDb(':memory:');
    const id = 'a'.repeat(64);
    expect(readOcrPages(db, id)).toEqual([]);
    writeOcrPage(db, id, 2, reading('tesseract-5/eng+khm-4.1', 71), 'ocr', new Date(0));
    writeOcrPage(db, id, 1, reading('tesseract-5/eng+khm-4.1', 88));
    expect(readOcrPage(db, id, 2)).toEqual({
      page: 2,
      model: 'tesseract-5/eng+khm-4.1',
      source: 'ocr',
      confidence: 71,
      width: 600,
      height: 800,
      languages: ['eng', 'khm'],
      words: [{ text: 'Victim', box: [10, 20, 90, 40], confidence: 71 }],
      rotation: 0,
      recognisedAt: '1970-01-01T00:00:00.000Z',
    });
    // A newer model's reading replaces the older one as the page's; the same model again too.
    writeOcrPage(db, id, 2, reading('tesseract-6/eng+khm-5', 93, 'Survivor'));
    expect(readOcrPage(db, id, 2)?.words[0]?.text).toBe('Survivor');
    writeOcrPage(db, id, 2, reading('tesseract-5/eng+khm-4.1', 60));
    expect(readOcrPage(db, id, 2)?.confidence).toBe(60);
    expect(readOcrPages(db, id).map((p) => p.page)).toEqual([1, 2]);
    expect(readOcrPage(db, id, 3)).toBeNull();
  });

  it('tells OCR pages from pages whose text layer was kept', () => {
    const db = openLibraryDb(':memory:');
    const id = 'b'.repeat(64);
    writeOcrPage(db, id, 1, reading('m', 80), 'text-layer');
    writeOcrPage(db, id, 2, reading('m', 55));
    expect([...ocrConfidences(db, id)]).toEqual([[2, 55]]);
  });

  it('refuses readings without a page number or image size', () => {
    const db = openLibraryDb(':memory:');
    expect(() => writeOcrPage(db, 'c', 0, reading('m', 50))).toThrow(/page number/);
    expect(() => writeOcrPage(db, 'c', 1, { ...reading('m', 50), width: 0 })).toThrow(/size/);
  });

  it("marks a document's pages read by OCR with their confidence", () => {
    const db = openLibraryDb(':memory:');
    const rowid = insertDocument(db, textRecord('d', ['typed', 'scanned']), 'now');
    writeOcrPage(db, 'd', 2, reading('m', 64.5));
    expect(readPages(db, rowid)).toEqual([
      { page: 1, text: 'typed', label: null },
      { page: 2, text: 'scanned', label: null, ocr: { confidence: 64.5 } },
    ]);
  });

  it('stores page images and forgets a document whole', () => {
    const db = openLibraryDb(':memory:');
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47]);
    writePageImage(db, 'e', 1, { width: 3, height: 4, png });
    writeOcrPage(db, 'e', 1, reading('m', 50));
    expect(readPageImage(db, 'e', 1)).toEqual({ width: 3, height: 4, png });
    deleteOcrPages(db, 'e');
    expect([readPageImage(db, 'e', 1), readOcrPages(db, 'e')]).toEqual([null, []]);
  });
});
