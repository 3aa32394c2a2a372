// A PDF page drawn as the reader draws it fitted to its viewer's width (the same scale and pixel
// density, page-fit.ts), encoded as WebP: the first-page image shown before the reader's own
// canvas, which then replaces it at the same size. Runs in the page-drawing process.
import { fitWidthScale, pageDensity } from '#shared/page-fit.ts';
import { withPdfPage } from '../ocr/draw-pdf-page.ts';
import type { FittedPageReply, FittedPageRequest } from '../ocr/render-messages.ts';

/** Text stays crisp at this quality, at about a fifth of a PNG's bytes. */
const WEBP_QUALITY = 88;

export function drawFittedPage(request: FittedPageRequest): Promise<FittedPageReply> {
  return withPdfPage(request.path, request.page, async (page, newCanvas) => {
    const natural = page.getViewport({ scale: 1 });
    const scale = fitWidthScale(natural.width, request.viewerWidth);
    const css = page.getViewport({ scale });
    const density = pageDensity(request.density, css.width, css.height);
    const viewport = page.getViewport({ scale: scale * density });
    const width = Math.floor(css.width * density);
    const height = Math.floor(css.height * density);
    const canvas = newCanvas(width, height);
    await page.render({
      canvas: canvas as unknown as HTMLCanvasElement,
      viewport,
      background: 'white',
    }).promise;
    return { ok: true, webp: await canvas.encode('webp', WEBP_QUALITY), width, height };
  });
}
