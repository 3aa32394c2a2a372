// The API's OCR methods as the engine answers them: the library's pages that need OCR, the
// setting, the pause, and "Read this document now" putting a document first. No run goes on in
// the engine itself: the desktop app (main/library-session.ts) runs it in a process of its own and
// answers the run's state and controls, and the command line runs it with `portal ocr run`. The
// engine keeps what outlives a run: the setting and whether the person paused the reading.
import type Database from 'better-sqlite3';
import type { PortalApi, Result } from '#shared/api.ts';
import type { OcrStatus } from '#shared/ocr-run-types.ts';
import { InvalidArgumentError } from '../api-errors.ts';
import type { LibraryView } from '../store/library/do-not-share.ts';
import { ocrPageCounts, putDocumentFirst, readOcrFailures } from '../store/library/ocr-attempts.ts';
import {
  readOcrEnabled,
  readOcrPaused,
  writeOcrEnabled,
  writeOcrPaused,
} from '../store/library/ocr-setting.ts';

export type OcrMethod =
  'ocrStatus' | 'setOcrEnabled' | 'pauseOcr' | 'resumeOcr' | 'cancelOcr' | 'readDocumentNow';

export const NO_RUN_HERE =
  'No OCR run goes on here: scanned pages are read by the desktop app, or from the command line by portal ocr run.';

/**
 * The library's OCR status with no run under way (the run's own state is the desktop's), as a
 * view sees it: the counts cover only the documents in the view.
 */
export function ocrStatusOf(
  db: Database.Database,
  documentId: string | null,
  view: LibraryView = 'whole',
): OcrStatus {
  return {
    enabled: readOcrEnabled(db),
    state: readOcrPaused(db) ? 'paused' : 'idle',
    pages: ocrPageCounts(db, undefined, view),
    progress: null,
    document:
      documentId === null
        ? null
        : { ...ocrPageCounts(db, documentId), failures: readOcrFailures(db, documentId) },
  };
}

export function ocrApi(
  db: Database.Database,
  /** Throws NotFoundError when the library (as this front door sees it) has no such document. */
  requireDocument: (id: string) => unknown,
  result: <T>(work: () => T) => Promise<Result<T>>,
  view: LibraryView = 'whole',
): Pick<PortalApi, OcrMethod> {
  const statusOf = (documentId: string | null) => ocrStatusOf(db, documentId, view);
  const pausing = (paused: boolean) =>
    result(() => {
      writeOcrPaused(db, paused);
      return statusOf(null);
    });
  return {
    ocrStatus: (documentId) =>
      result(() => {
        if (documentId !== null) requireDocument(documentId);
        return statusOf(documentId);
      }),
    setOcrEnabled: (enabled) =>
      result(() => {
        writeOcrEnabled(db, enabled);
        return statusOf(null);
      }),
    pauseOcr: () => pausing(true),
    resumeOcr: () => pausing(false),
    cancelOcr: () =>
      result((): OcrStatus => {
        throw new InvalidArgumentError(NO_RUN_HERE);
      }),
    readDocumentNow: (id) =>
      result(() => {
        requireDocument(id);
        if (putDocumentFirst(db, id) === 0)
          throw new InvalidArgumentError(
            'This document has no scanned pages waiting to be read: its text came from the file, or OCR has read it already.',
          );
        // Asking for a document to be read now is asking for the reading to go on.
        writeOcrPaused(db, false);
        return statusOf(id);
      }),
  };
}
