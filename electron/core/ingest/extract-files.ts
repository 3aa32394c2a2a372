// Extraction runs ahead in the workers, a few files at a time, while the calling thread writes
// each result in path order as it comes due.
import { readFileSync } from 'node:fs';
import type { ExtractedDocument } from './extract-document.ts';
import type { ExtractOptions, Extractor } from './extract-pool.ts';
import { sha256 } from './fingerprint.ts';
import { IngestError } from './ingest-error.ts';
import type { Extraction } from './plan-run.ts';

export interface ExtractionJob {
  step: Extraction;
  result: Promise<ExtractedDocument>;
}

export interface ExtractionWindow {
  /** Starts extracting a file; when the window is full, first finishes the oldest job. */
  add(step: Extraction): Promise<void>;
  /** Finishes every job still in the window. */
  drain(): Promise<void>;
}

/** Enough files in flight to keep every worker busy while results are written. */
export function windowSize(workers: number | undefined): number {
  return Math.max(2, (workers ?? 2) * 2);
}

export function openExtractionWindow(
  extractor: Extractor,
  size: number,
  finish: (job: ExtractionJob) => Promise<void>,
  options: ExtractOptions = {},
): ExtractionWindow {
  const inFlight: ExtractionJob[] = [];
  return {
    async add(step) {
      const result = extractFile(extractor, step, options);
      // Finished in order later: a failure that comes early must not count as unhandled.
      result.catch(() => {});
      inFlight.push({ step, result });
      if (inFlight.length >= size) await finish(inFlight.shift()!);
    },
    async drain() {
      while (inFlight.length > 0) await finish(inFlight.shift()!);
    },
  };
}

/** Reads the file again (only its hash was kept) and checks it is still the content planned for. */
async function extractFile(
  extractor: Extractor,
  step: Extraction,
  options: ExtractOptions,
): Promise<ExtractedDocument> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(step.file.absolutePath);
  } catch (error) {
    throw new IngestError(`The file could not be read: ${(error as Error).message}`);
  }
  if (sha256(bytes) !== step.id)
    throw new IngestError('The file changed while the folder was being indexed; index it again.');
  return extractor.extract(step.file.path, bytes, options);
}
