// Entry of the process that draws one PDF page as an image: for recognition (PNG), or fitted to
// the reader for the first-page image (WebP). Drawing needs pdf.js with its canvas (the
// @napi-rs/canvas native module, Skia), which the indexing engine keeps out of its own processes
// (ingest/pdf/without-canvas.ts): it is loaded here only, in a process that ends after the page,
// so neither its memory nor a hostile page's drawing outlasts one page.
//
// Memory budget: a page is drawn at most at the pixels per page of read-limits.ts (50 million),
// 4 bytes each: 200 MB of canvas, plus Skia itself (about 190 MB) and pdf.js's parsed document;
// the parent caps the JavaScript heap (RENDER_HEAP_MB) and the whole process stays under 700 MB.
// At 300 dpi an A4 page is 8.7 million pixels (35 MB of canvas); a first-page image is at most
// 16 million pixels (page-fit.ts).
import { parentChannel } from '../child-process/parent-channel.ts';
import { drawFittedPage } from '../first-page/draw-fitted-page.ts';
import { drawPdfPage } from './draw-pdf-page.ts';
import { isFittedPageRequest } from './render-messages.ts';
import type { FittedPageReply, RenderReply, RenderRequest } from './render-messages.ts';

const channel = parentChannel();
channel.onParentGone(() => process.exit(1));
// Ctrl+C in the terminal reaches the whole process group; the process that asked for the page
// decides when drawing stops, and this process ends with it.
process.on('SIGINT', () => {});
channel.onMessage((message) => {
  void (async () => {
    let reply: RenderReply | FittedPageReply;
    try {
      reply = isFittedPageRequest(message)
        ? await drawFittedPage(message)
        : await drawPdfPage(message as RenderRequest);
    } catch (error) {
      reply = { ok: false, error: `The page could not be drawn: ${(error as Error).message}` };
    }
    await channel.post(reply);
    channel.close();
  })();
});
