// How much reading one file may cost. A small file can hide gigabytes behind compression (a PDF
// stream or a Word part that inflates a thousandfold) or make the reader loop for minutes (a
// drawing repeated inside itself), so every reader of untrusted files (text extraction, OCR)
// works within these limits and names the one a file reached.
import { IngestError } from './ingest-error.ts';

export interface ReadLimits {
  /** Bytes one compressed stream (a PDF stream, a Word part) may inflate to. */
  inflatedBytesPerStream: number;
  /** Bytes all of a file's compressed streams together may inflate to. */
  inflatedBytesPerFile: number;
  /** Pages read from one file; the rest of a longer document is left out. */
  pagesPerFile: number;
  /** Pixels of one page image, for reading scanned pages. */
  pixelsPerPage: number;
  /** Seconds spent reading one file; what was read by then is kept. */
  secondsPerFile: number;
}

const MiB = 1024 * 1024;

export const DEFAULT_READ_LIMITS: Readonly<ReadLimits> = Object.freeze({
  // Text content streams and fonts take a few megabytes; scanned page images, the largest
  // streams a document usually holds, stay under this at print resolution.
  inflatedBytesPerStream: 64 * MiB,
  inflatedBytesPerFile: 256 * MiB,
  pagesPerFile: 5000,
  // An A4 page scanned at 600 dpi is about 35 million pixels.
  pixelsPerPage: 50_000_000,
  secondsPerFile: 120,
});

/**
 * Steps of content work on one page: a drawing call, or a hundred drawing operators. A dense page
 * takes a few hundred; a drawing made to draw itself over and over takes millions.
 */
export const MAX_CONTENT_STEPS_PER_PAGE = 20_000;

/** A compressed part smaller than this may inflate any number of times: its size cannot hurt. */
export const RATIO_CHECK_FLOOR_BYTES = 1 * MiB;
/** Text compresses about tenfold; a part that inflates far beyond that is filler made to inflate. */
export const MAX_COMPRESSION_RATIO = 200;
/** Parts in one Word package; real documents have dozens. */
export const MAX_PACKAGE_ENTRIES = 10_000;

/** The limits a person may raise for a known long document, with the bounds a value must keep. */
export const ADJUSTABLE_LIMITS = {
  pagesPerFile: { flag: 'max-pages-per-file', max: 1_000_000 },
  secondsPerFile: { flag: 'max-seconds-per-file', max: 86_400 },
} as const;

export type AdjustableLimits = Partial<Pick<ReadLimits, keyof typeof ADJUSTABLE_LIMITS>>;

/** The default limits with the given ones raised or lowered; a value out of bounds is refused. */
export function readLimits(overrides: AdjustableLimits = {}): ReadLimits {
  const limits = { ...DEFAULT_READ_LIMITS };
  for (const key of Object.keys(ADJUSTABLE_LIMITS) as (keyof typeof ADJUSTABLE_LIMITS)[]) {
    const value = overrides[key];
    if (value === undefined) continue;
    const { flag, max } = ADJUSTABLE_LIMITS[key];
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > max)
      throw new IngestError(`The ${flag} limit must be a whole number from 1 to ${max}.`);
    limits[key] = value;
  }
  return limits;
}

/** The message for a file that would inflate past a limit. */
export function tooLargeMessage(what: string): string {
  return `The file is too large to read safely: ${what}. It may be made to exhaust the computer's memory (a "decompression bomb"); it was not indexed.`;
}

const mib = (bytes: number) => `${Math.round(bytes / MiB)} MB`;

export function streamTooLarge(limits: ReadLimits): string {
  return tooLargeMessage(
    `one of its compressed parts inflates to more than ${mib(limits.inflatedBytesPerStream)}`,
  );
}

export function fileTooLarge(limits: ReadLimits): string {
  return tooLargeMessage(
    `its compressed parts inflate to more than ${mib(limits.inflatedBytesPerFile)} together`,
  );
}

export function timeLimitMessage(limits: ReadLimits): string {
  return `Reading stopped at the time limit of ${limits.secondsPerFile} seconds per file (raise it with --max-seconds-per-file for a known long document).`;
}

export function pageLimitMessage(limits: ReadLimits, total: number): string {
  return `Only the first ${limits.pagesPerFile} of its ${total} pages were indexed: the limit of pages per file (raise it with --max-pages-per-file for a known long document).`;
}
