// Where the OCR run gets a page's image: a PDF page drawn at its language's resolution, an image document's own
// file (PNG or JPEG, one page), or the PNG stored for a TIFF frame at import.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import type { RenderRequest } from '../ocr/render-messages.ts';
import type { PendingOcrPage } from '../store/library/ocr-needs.ts';
import { readPageImage } from '../store/library/ocr-pages.ts';

/** Resolution PDF pages are drawn at: Thai, Lao and Khmer marks need 300 dpi to read well. */
export const RENDER_DPI = 300;

/**
 * Languages read better at another resolution: the shipped Burmese model reads Noto Sans Myanmar
 * at 150 dpi with a third of its letters wrong, and at 300 dpi with nearly all (npm run bench:ocr).
 */
const RENDER_DPI_BY_LANGUAGE: Readonly<Record<string, number>> = { my: 150 };

export function renderDpi(language: string): number {
  return RENDER_DPI_BY_LANGUAGE[language.toLowerCase().split(/[-_]/)[0] ?? ''] ?? RENDER_DPI;
}

/** Draws a PDF page as PNG: in a process of its own (render-pdf-page.ts), or in this one. */
export type DrawPage = (request: RenderRequest) => Promise<{ png: Uint8Array }>;

export function pageImageSource(options: {
  db: Database.Database;
  libraryFolder: string;
  drawPage: DrawPage;
}): (page: PendingOcrPage) => Promise<Uint8Array> {
  const { db, libraryFolder, drawPage } = options;
  // The page last drawn: asked for again once its language is detected, it is drawn anew only
  // where that language's resolution differs.
  let last: { key: string; png: Uint8Array } | null = null;
  return async (pending) => {
    if (!pending.path) throw new Error('The document has no file in the library folder.');
    const file = join(libraryFolder, ...pending.path.split('/'));
    if (pending.format === 'pdf') {
      const dpi = renderDpi(pending.language);
      const key = `${pending.documentId}\n${pending.page}\n${dpi}`;
      if (last?.key === key) return last.png;
      const { png } = await drawPage({ path: file, page: pending.page, dpi });
      last = { key, png };
      return png;
    }
    if (pending.format === 'image') {
      const stored = readPageImage(db, pending.documentId, pending.page);
      if (stored) return stored.png;
      if (pending.page === 1) return new Uint8Array(await readFile(file));
      throw new Error(`The image has no page ${pending.page}.`);
    }
    throw new Error(`A ${pending.format} document has no page images to read.`);
  };
}
