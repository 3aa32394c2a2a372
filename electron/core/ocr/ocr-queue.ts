// Works through the pages that need OCR (store/library/ocr-needs.ts): each page's image goes to the
// engine, its words are recorded (store/library/ocr-pages.ts), and its document is marked for
// reading again, so that the next indexing run indexes the recognised text by the same path as a
// born-digital page's (ingest/apply-stored-ocr.ts). One page at a time: recognition takes seconds
// a page, and a stop (the signal) loses at most the page being read.
import type Database from 'better-sqlite3';
import type { OcrEngine } from '#shared/ocr-types.ts';
import { pendingOcrPages, type PendingOcrPage } from '../store/library/ocr-needs.ts';
import { writeOcrPage } from '../store/library/ocr-pages.ts';
import { markTextOutdated } from '../store/library/outdated-text.ts';

/** The engine's language data for each document language; English is added to every page. */
const ENGINE_LANGUAGES: Record<string, string> = {
  en: 'eng',
  vi: 'vie',
  th: 'tha',
  lo: 'lao',
  km: 'khm',
  my: 'mya',
  id: 'ind',
  ms: 'msa',
  fil: 'fil',
};

/** The engine languages to read a page of a document in `language` with. */
export function engineLanguages(language: string): string[] {
  const own = ENGINE_LANGUAGES[language.toLowerCase().split(/[-_]/)[0] ?? ''];
  return own && own !== 'eng' ? [own, 'eng'] : ['eng'];
}

export interface OcrQueueOptions {
  db: Database.Database;
  engine: OcrEngine;
  /** The page's image (PNG or JPEG): a rendered PDF page, an image file, a stored TIFF frame. */
  pageImage(page: PendingOcrPage): Promise<Uint8Array>;
  signal?: AbortSignal;
  /** Called after each page, recognised or not. */
  onPage?(page: PendingOcrPage, done: number): void;
}

export interface OcrQueueResult {
  recognised: number;
  failed: { documentId: string; page: number; message: string }[];
  /** True when the signal stopped the work before the pending pages were done. */
  stopped: boolean;
}

/** Recognises up to `limit` pending pages, in the order the store gives them. */
export async function recognisePendingPages(
  options: OcrQueueOptions,
  limit = 100,
): Promise<OcrQueueResult> {
  const { db, engine, signal } = options;
  const result: OcrQueueResult = { recognised: 0, failed: [], stopped: false };
  let done = 0;
  for (const pending of pendingOcrPages(db, limit)) {
    if (signal?.aborted) {
      result.stopped = true;
      break;
    }
    try {
      const image = await options.pageImage(pending);
      const ocr = await engine.recognise(image, engineLanguages(pending.language));
      db.transaction(() => {
        writeOcrPage(db, pending.documentId, pending.page, ocr);
        markTextOutdated(db, pending.documentId);
      })();
      result.recognised++;
    } catch (error) {
      result.failed.push({
        documentId: pending.documentId,
        page: pending.page,
        message: error instanceof Error ? error.message : String(error),
      });
    }
    options.onPage?.(pending, ++done);
  }
  return result;
}
