// The image of a PDF's first page fitted to the reader, shown by the page shell before the
// reader's code runs: read from the cache, or drawn by the page-drawing process (a short-lived
// process of its own with a capped heap, never the indexer's) and kept. The cache key holds the
// file's size and modification time, so a file whose bytes change is drawn anew. One page is
// drawn at a time, so that a room of visitors opening documents never starts a process each; a
// file that could not be drawn (a password-protected PDF, a damaged one) is not tried again until
// its bytes change.
import { createHash } from 'node:crypto';
import type { PageFit } from '#shared/page-fit.ts';
import { stat } from 'node:fs/promises';
import { askDrawingProcess, forkDrawingProcess } from '../ocr/drawing-process.ts';
import type { LaunchDrawingProcess } from '../ocr/drawing-process.ts';
import type { FittedPageReply } from '../ocr/render-messages.ts';
import { DEFAULT_CACHE_BYTES, firstPageCache } from './first-page-cache.ts';

/** Bump when drawing changes, so that images drawn the old way are not served. */
const DRAWING_VERSION = 1;
/** Requests waiting for a drawing beyond this are told to come back (the reader draws anyway). */
const MAX_WAITING = 8;
/** How many files that could not be drawn are remembered, so that they are not drawn again. */
const MAX_REMEMBERED_FAILURES = 256;

export interface FirstPageImage {
  webp: Uint8Array;
  /** Names this version of the image (its cache key), for the ETag. */
  tag: string;
}

export class FirstPageBusyError extends Error {
  override name = 'FirstPageBusyError';
}

export class FirstPageDrawingError extends Error {
  override name = 'FirstPageDrawingError';
}

export interface FirstPageImages {
  /** The first page of the PDF at `path`, fitted as asked. */
  image(path: string, fit: PageFit): Promise<FirstPageImage>;
  /** The same, only when it is already drawn: null otherwise, and no drawing is started. */
  image(path: string, fit: PageFit, cachedOnly: boolean): Promise<FirstPageImage | null>;
}

export interface FirstPageImagesOptions {
  /** Where images are kept: the user's data folder, not the library (which may be read-only). */
  cacheFolder: string;
  maxCacheBytes?: number;
  /** Starts the drawing process; by default a Node fork. */
  launch?: LaunchDrawingProcess;
  timeoutMs?: number;
}

export function createFirstPageImages(options: FirstPageImagesOptions): FirstPageImages {
  const cache = firstPageCache(options.cacheFolder, options.maxCacheBytes ?? DEFAULT_CACHE_BYTES);
  const launch = options.launch ?? forkDrawingProcess;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const pending = new Map<string, Promise<Uint8Array>>();
  const failures = new Map<string, string>();
  const rememberFailure = (tag: string, message: string) => {
    failures.set(tag, message);
    if (failures.size > MAX_REMEMBERED_FAILURES) failures.delete(failures.keys().next().value!);
  };
  let drawing: Promise<unknown> = Promise.resolve();
  let waiting = 0;

  const draw = (path: string, fit: PageFit): Promise<Uint8Array> => {
    if (waiting >= MAX_WAITING)
      return Promise.reject(new FirstPageBusyError('Other first pages are being drawn.'));
    waiting += 1;
    const turn = drawing.then(async () => {
      const reply = await askDrawingProcess<FittedPageReply>(
        { kind: 'fitted', path, page: 1, ...fit },
        { launch, timeoutMs },
      );
      if (!reply.ok) throw new FirstPageDrawingError(reply.error);
      return new Uint8Array(reply.webp);
    });
    drawing = turn.catch(() => {}).finally(() => (waiting -= 1));
    return turn;
  };

  async function image(path: string, fit: PageFit): Promise<FirstPageImage>;
  async function image(
    path: string,
    fit: PageFit,
    cachedOnly: boolean,
  ): Promise<FirstPageImage | null>;
  async function image(path: string, fit: PageFit, cachedOnly = false) {
    const file = await stat(path);
    const tag = createHash('sha256')
      .update(
        JSON.stringify([
          DRAWING_VERSION,
          path,
          file.size,
          file.mtimeMs,
          fit.viewerWidth,
          fit.density,
        ]),
      )
      .digest('hex')
      .slice(0, 32);
    const failure = failures.get(tag);
    if (failure !== undefined) throw new FirstPageDrawingError(failure);
    const cached = await cache.read(tag);
    if (cached) return { webp: cached, tag };
    if (cachedOnly) return null;
    let drawn = pending.get(tag);
    if (!drawn) {
      drawn = draw(path, fit).then(
        async (webp) => {
          await cache.write(tag, webp);
          return webp;
        },
        (error: unknown) => {
          if (error instanceof FirstPageDrawingError) rememberFailure(tag, error.message);
          throw error;
        },
      );
      pending.set(tag, drawn);
      void drawn.finally(() => pending.delete(tag)).catch(() => {});
    }
    return { webp: await drawn, tag };
  }
  return { image };
}
