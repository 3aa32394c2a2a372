// Entry of the process that draws one PDF page as an image for recognition. Drawing needs pdf.js
// with its canvas (the @napi-rs/canvas native module, Skia), which the indexing engine keeps out
// of its own processes (ingest/pdf/without-canvas.ts): it is loaded here only, in a process that
// ends after the page, so neither its memory nor a hostile page's drawing outlasts one page.
//
// Memory budget: a page is drawn at most at the pixels per page of read-limits.ts (50 million),
// 4 bytes each: 200 MB of canvas, plus Skia itself (about 190 MB) and pdf.js's parsed document;
// the parent caps the JavaScript heap (RENDER_HEAP_MB) and the whole process stays under 700 MB.
// At 300 dpi an A4 page is 8.7 million pixels (35 MB of canvas).
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { readFile } from 'node:fs/promises';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { safePdfOptions } from '#shared/safe-pdf-options.ts';
import { DEFAULT_READ_LIMITS } from '../ingest/read-limits.ts';
import { parentChannel } from '../child-process/parent-channel.ts';
import type { RenderReply, RenderRequest } from './render-messages.ts';

const pdfjsRoot = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const localData = {
  standardFontDataUrl: `${pdfjsRoot}/standard_fonts/`,
  cMapUrl: `${pdfjsRoot}/cmaps/`,
  cMapPacked: true,
};

/** The canvas pdf.js's Node factory makes: @napi-rs/canvas's, which encodes itself. */
interface NodeCanvas {
  encode(format: 'png'): Promise<Uint8Array>;
}

async function render({ path, page: pageNumber, dpi }: RenderRequest): Promise<RenderReply> {
  const data = new Uint8Array(await readFile(path));
  const task = getDocument({ ...safePdfOptions, ...localData, data });
  try {
    const doc = await task.promise;
    if (pageNumber > doc.numPages)
      return {
        ok: false,
        error: `The PDF has ${doc.numPages} pages; there is no page ${pageNumber}.`,
      };
    const page = await doc.getPage(pageNumber);
    const natural = page.getViewport({ scale: 1 });
    // A page so large (a poster, a drawing made huge) that the dpi asked would pass the pixel
    // limit is drawn at the dpi that meets it.
    const wanted = dpi / 72;
    const fit = Math.sqrt(DEFAULT_READ_LIMITS.pixelsPerPage / (natural.width * natural.height));
    const scale = Math.min(wanted, fit);
    const viewport = page.getViewport({ scale });
    const width = Math.floor(viewport.width);
    const height = Math.floor(viewport.height);
    const factory = doc.canvasFactory as {
      create(width: number, height: number): { canvas: unknown };
    };
    const drawing = factory.create(width, height);
    await page.render({
      canvas: drawing.canvas as HTMLCanvasElement,
      viewport,
      background: 'white',
    }).promise;
    const png = await (drawing.canvas as NodeCanvas).encode('png');
    return { ok: true, png, width, height, dpi: Math.round(scale * 72 * 100) / 100 };
  } finally {
    await task.destroy();
  }
}

const channel = parentChannel();
channel.onParentGone(() => process.exit(1));
channel.onMessage((message) => {
  void (async () => {
    let reply: RenderReply;
    try {
      reply = await render(message as RenderRequest);
    } catch (error) {
      reply = { ok: false, error: `The page could not be drawn: ${(error as Error).message}` };
    }
    await channel.post(reply);
    channel.close();
  })();
});
