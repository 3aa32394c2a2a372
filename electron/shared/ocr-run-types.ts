// The background OCR run as the interface and the command line see it: how far it is, what it
// did, and the library's pages that need OCR.

export interface OcrRunProgress {
  /** Pages recognised or failed in this run. */
  done: number;
  /** `done` plus the pages still waiting. */
  total: number;
  /** Pages that failed in this run. */
  failed: number;
  /** The document being read (its path in the library), or '' between pages. */
  current: string;
  documentId: string | null;
  page: number | null;
}

export interface OcrRunReport {
  recognised: number;
  failed: { documentId: string; page: number; message: string }[];
  /** Documents indexed again with their recognised pages. */
  reindexed: number;
  /** True when the run was paused or cancelled before the waiting pages were read. */
  stopped: boolean;
  elapsedMs: number;
}

/** Pages that need OCR: still to read, read, and given up on after repeated failures. */
export interface OcrPageCounts {
  pending: number;
  done: number;
  failed: number;
}

export type OcrRunState = 'idle' | 'running' | 'paused';

export interface OcrStatus {
  /** Whether scanned pages are read in the background after indexing (the library's setting). */
  enabled: boolean;
  state: OcrRunState;
  pages: OcrPageCounts;
  /** The run under way, or null. */
  progress: OcrRunProgress | null;
  /** The document asked about: its pages' counts and the reasons its given-up pages failed. */
  document: (OcrPageCounts & { failures: { page: number; reason: string }[] }) | null;
}
