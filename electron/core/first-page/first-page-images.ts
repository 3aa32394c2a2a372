// The image of a PDF's first page fitted to the reader, shown by the page shell before the
// reader's code runs: read from the cache, or drawn by the page-drawing process (a short-lived
// process of its own with a capped heap, never the indexer's) and kept. The cache key holds the
// file's size and modification time, so a file whose bytes change is drawn anew. One page is
// drawn at a time, so that a room of visitors opening documents never starts a process each.
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

  return {
    async image(path, fit) {
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
      const cached = await cache.read(tag);
      if (cached) return { webp: cached, tag };
      let drawn = pending.get(tag);
      if (!drawn) {
        drawn = draw(path, fit).then(async (webp) => {
          await cache.write(tag, webp);
          return webp;
        });
        pending.set(tag, drawn);
        void drawn.finally(() => pending.delete(tag)).catch(() => {});
      }
      return { webp: await drawn, tag };
    },
  };
}
