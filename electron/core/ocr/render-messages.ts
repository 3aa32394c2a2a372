// What the page-drawing process is asked and answers (render-pdf-page.ts, render-page-process.ts):
// a page at a resolution for recognition (PNG), or a page fitted to a reader's width for the
// first-page image (WebP, first-page/draw-fitted-page.ts).

export interface RenderRequest {
  path: string;
  /** 1-based. */
  page: number;
  dpi: number;
}

export type RenderReply =
  | { ok: true; png: Uint8Array; width: number; height: number; dpi: number }
  | { ok: false; error: string };

export interface FittedPageRequest {
  kind: 'fitted';
  path: string;
  /** 1-based. */
  page: number;
  /** The reader's viewer width in CSS pixels, which the page is fitted to. */
  viewerWidth: number;
  /** The screen's device pixels per CSS pixel. */
  density: number;
}

export type FittedPageReply =
  { ok: true; webp: Uint8Array; width: number; height: number } | { ok: false; error: string };

export const isFittedPageRequest = (message: unknown): message is FittedPageRequest =>
  typeof message === 'object' &&
  message !== null &&
  (message as { kind?: unknown }).kind === 'fitted';
