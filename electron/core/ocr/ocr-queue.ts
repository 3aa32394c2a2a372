// Works through the pages that need OCR (store/library/ocr-needs.ts): each page's image goes to the
// engine, its words are recorded (store/library/ocr-pages.ts) and its document is marked for
// reading again; once a document's pages are read (or every REINDEX_EVERY pages of a long one) it
// is indexed again (`reindex`), so a search finds the words within seconds, by the same path as
// a born-digital page's (ingest/apply-stored-ocr.ts). The mark stays until then, so a run that
// dies before it leaves the document to the next indexing run.
//
// One page at a time, the next one asked of the database each time, so a document put first
// ("Read this document now") is read next. An attempt is counted before a page is read
// (store/library/ocr-attempts.ts) and a page is recorded in one transaction: a run killed at any
// moment loses at most the page being read, and never reads a recorded page again.
//
// A document whose language nothing names (store/library/language-decisions.ts) has it detected
// from the first of its pages read (detect-page-language.ts), once; that page and the rest are
// read in the detected language beside English.
import type Database from 'better-sqlite3';
import type { OcrEngine } from '#shared/ocr-types.ts';
import { OCR_LANGUAGE_CODES } from './ocr-languages.ts';
import { pendingOcrPages, type PendingOcrPage } from '../store/library/ocr-needs.ts';
import {
  clearOcrAttempts,
  recordOcrFailure,
  startOcrAttempt,
  undoOcrAttempt,
} from '../store/library/ocr-attempts.ts';
import { writeLanguageDetection } from '../store/library/language-decisions.ts';
import { writeOcrPage } from '../store/library/ocr-pages.ts';
import { markTextOutdated } from '../store/library/outdated-text.ts';

/**
 * The languages to read a page of a document in `language` with: its own where the engine knows
 * it, and English always (the engine puts English last, after the page's own).
 */
export function engineLanguages(language: string): string[] {
  const own = language.toLowerCase().split(/[-_]/)[0] ?? '';
  return Object.hasOwn(OCR_LANGUAGE_CODES, own) && own !== 'en' ? [own, 'en'] : ['en'];
}

/** A long scanned document is indexed again after this many pages, not only at its end. */
export const REINDEX_EVERY = 10;

export interface OcrQueueProgress {
  /** Pages recognised or failed in this run. */
  done: number;
  /** `done` plus the pages still waiting. */
  total: number;
  failed: number;
  /** The page being read, or null between pages. */
  current: { documentId: string; path: string | null; page: number } | null;
}

export interface OcrQueueOptions {
  db: Database.Database;
  engine: OcrEngine;
  /** The page's image (PNG or JPEG): a rendered PDF page, an image file, a stored TIFF frame. */
  pageImage(page: PendingOcrPage): Promise<Uint8Array>;
  /** Indexes these documents again, their recognised pages now stored. */
  reindex?(documentIds: string[]): Promise<void>;
  /** Keeps to these documents' pages. */
  documentIds?: readonly string[];
  signal?: AbortSignal;
  onProgress?(progress: OcrQueueProgress): void;
  /** Pages read at once: as many as the engine has workers. */
  concurrency?: number;
}

export interface OcrQueueResult {
  recognised: number;
  failed: { documentId: string; page: number; message: string }[];
  /** Documents indexed again with their recognised pages. */
  reindexed: string[];
  /** True when the signal stopped the work before the pending pages were done. */
  stopped: boolean;
}

class Stopped extends Error {}

/** Settles with the work, or rejects with Stopped as soon as the signal fires. */
function untilStopped<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return work;
  if (signal.aborted) return Promise.reject(new Stopped());
  return new Promise<T>((resolve, reject) => {
    const stop = () => reject(new Stopped());
    signal.addEventListener('abort', stop, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', stop));
  });
}

export async function recognisePendingPages(options: OcrQueueOptions): Promise<OcrQueueResult> {
  const { db, engine, signal } = options;
  const result: OcrQueueResult = { recognised: 0, failed: [], reindexed: [], stopped: false };
  const key = (p: { documentId: string; page: number }) => `${p.documentId}\n${p.page}`;
  // Pages failed in this run wait for a later one (the same page at once would fail the same
  // way); pages being read are not handed out twice.
  const failedHere = new Set<string>();
  const reading = new Map<string, PendingOcrPage>();
  // Documents with pages recognised since they were last indexed, and how many.
  const unindexed = new Map<string, number>();
  let done = 0;

  const waiting = () =>
    pendingOcrPages(db, Number.MAX_SAFE_INTEGER, options.documentIds).filter(
      (p) => !failedHere.has(key(p)) && !reading.has(key(p)),
    );
  const progress = (current: OcrQueueProgress['current']) =>
    options.onProgress?.({
      done,
      total: done + reading.size + waiting().length,
      failed: result.failed.length,
      current,
    });
  const next = (): PendingOcrPage | undefined => {
    const skip = failedHere.size + reading.size;
    return pendingOcrPages(db, skip + 1, options.documentIds).find(
      (p) => !failedHere.has(key(p)) && !reading.has(key(p)),
    );
  };
  const reindex = async (ids: string[]) => {
    if (ids.length === 0) return;
    for (const id of ids) unindexed.delete(id);
    await options.reindex?.(ids);
    result.reindexed.push(...ids);
  };
  /** Documents none of whose pages is being read or next, or read REINDEX_EVERY pages since. */
  const settled = () => {
    const following = next()?.documentId;
    const busy = new Set([...reading.values()].map((p) => p.documentId));
    return [...unindexed]
      .filter(([id, count]) => count >= REINDEX_EVERY || (id !== following && !busy.has(id)))
      .map(([id]) => id);
  };

  // A document's language detected once, from the first of its pages read; lanes reading its
  // other pages meanwhile wait for that detection.
  const detections = new Map<string, Promise<string>>();
  const detect = (pending: PendingOcrPage, image: Uint8Array) => {
    let detection = detections.get(pending.documentId);
    if (!detection) {
      detection = engine.detectLanguage(image).then(
        (found) => {
          writeLanguageDetection(db, pending.documentId, found);
          return found.language;
        },
        // A page detection cannot handle is read as the document says, and may fail on its own.
        () => pending.language,
      );
      detections.set(pending.documentId, detection);
    }
    return detection;
  };
  /** The page's image and language: detected first where the document's is only a default. */
  const imageAndLanguage = async (pending: PendingOcrPage) => {
    const image = await untilStopped(options.pageImage(pending), signal);
    if (!pending.detectLanguage) return { image, language: pending.language };
    const language = await untilStopped(detect(pending, image), signal);
    if (language === pending.language) return { image, language };
    // Asked for again in the detected language: a PDF page is drawn anew where its resolution differs.
    const again = await untilStopped(options.pageImage({ ...pending, language }), signal);
    return { image: again, language };
  };

  const readPage = async (pending: PendingOcrPage) => {
    const before = startOcrAttempt(db, pending.documentId, pending.page);
    try {
      const { image, language } = await imageAndLanguage(pending);
      const ocr = await untilStopped(engine.recognise(image, engineLanguages(language)), signal);
      db.transaction(() => {
        writeOcrPage(db, pending.documentId, pending.page, ocr);
        clearOcrAttempts(db, pending.documentId, pending.page);
        markTextOutdated(db, pending.documentId);
      })();
      result.recognised++;
      unindexed.set(pending.documentId, (unindexed.get(pending.documentId) ?? 0) + 1);
    } catch (error) {
      if (error instanceof Stopped) {
        undoOcrAttempt(db, pending.documentId, pending.page, before);
        throw error;
      }
      const message = error instanceof Error ? error.message : String(error);
      recordOcrFailure(db, pending.documentId, pending.page, message);
      failedHere.add(key(pending));
      result.failed.push({ documentId: pending.documentId, page: pending.page, message });
    }
  };

  const lane = async () => {
    for (let pending = next(); pending; pending = next()) {
      if (signal?.aborted) throw new Stopped();
      reading.set(key(pending), pending);
      progress({ documentId: pending.documentId, path: pending.path, page: pending.page });
      try {
        await readPage(pending);
      } finally {
        reading.delete(key(pending));
      }
      done++;
      await reindex(settled());
    }
  };

  const lanes = await Promise.allSettled(
    Array.from({ length: Math.max(1, options.concurrency ?? 1) }, lane),
  );
  for (const lane of lanes)
    if (lane.status === 'rejected') {
      if (!(lane.reason instanceof Stopped)) throw lane.reason;
      result.stopped = true;
    }
  // What was recognised is made searchable even when the run stops.
  await reindex([...unindexed.keys()]);
  progress(null);
  return result;
}
