import { describe, expect, it } from 'vitest';
import { openLibraryDb } from '#core/db/open-database.ts';
import { pageRowid } from '#core/library/document-record.ts';
import { insertDocument } from '#core/store/library/document-writer.ts';
import { writeOcrPage } from '#core/store/library/ocr-pages.ts';
import { pagesOcrConfidence } from '#core/store/library/page-words.ts';
import type { OcrPage } from '#shared/ocr-types.ts';
import { textRecord } from '../../../helpers/document-records.ts';

const reading = (model: string, confidence: number): OcrPage => ({
  text: 'Victim',
  words: [{ text: 'Victim', box: [10, 20, 90, 40], confidence }],
  confidence,
  width: 800,
  height: 600,
  languages: ['eng'],
  model,
});

describe('pagesOcrConfidence', () => {
  it("gives each page's latest reading, only where OCR gave its text, for pages of several documents", () => {
    const db = openLibraryDb(':memory:');
    const first = insertDocument(db, textRecord('a', ['one', 'two', 'three']), 'now');
    const second = insertDocument(db, textRecord('b', ['one', 'two']), 'now');
    writeOcrPage(db, 'a', 1, reading('tesseract-5/eng', 71));
    writeOcrPage(db, 'a', 1, reading('tesseract-5/eng+vie', 40), 'text-layer');
    writeOcrPage(db, 'a', 2, reading('tesseract-5/eng', 55), 'text-layer');
    writeOcrPage(db, 'a', 2, reading('tesseract-5/eng+vie', 66));
    writeOcrPage(db, 'b', 2, reading('tesseract-5/eng', 90));
    const asked = [1, 2, 3].map((p) => pageRowid(first, p)).concat(pageRowid(second, 2));
    expect(pagesOcrConfidence(db, asked)).toEqual(
      new Map([
        [pageRowid(first, 2), 66],
        [pageRowid(second, 2), 90],
      ]),
    );
    expect(pagesOcrConfidence(db, [pageRowid(second, 1), pageRowid(second + 7, 2)])).toEqual(
      new Map(),
    );
    expect(pagesOcrConfidence(db, [])).toEqual(new Map());
  });
});
