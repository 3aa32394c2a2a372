// One PDF page drawn as a PNG for recognition, in a process of its own
// (render-page-process.ts): drawing loads the native canvas, and a hostile page may take all the
// memory or time it can; either costs that process only, which is ended after the page or at the
// time limit.
import { askDrawingProcess, forkDrawingProcess, RenderError } from './drawing-process.ts';
import type { LaunchDrawingProcess } from './drawing-process.ts';
import type { RenderReply, RenderRequest } from './render-messages.ts';

export { RenderError } from './drawing-process.ts';

export interface RenderedPage {
  png: Uint8Array;
  width: number;
  height: number;
  /** The resolution drawn at: the one asked, or less for a page that would pass the pixel limit. */
  dpi: number;
}

export const MIN_RENDER_DPI = 50;
export const MAX_RENDER_DPI = 600;

export function renderPdfPage(
  request: RenderRequest,
  options: { timeoutMs?: number; launch?: LaunchDrawingProcess } = {},
): Promise<RenderedPage> {
  const { path, page, dpi } = request;
  if (typeof path !== 'string' || path === '')
    throw new RenderError('Give the PDF file to draw a page of.');
  if (!Number.isInteger(page) || page < 1)
    throw new RenderError('The page number must be a whole number from 1.');
  if (typeof dpi !== 'number' || !(dpi >= MIN_RENDER_DPI && dpi <= MAX_RENDER_DPI))
    throw new RenderError(
      `The resolution must be from ${MIN_RENDER_DPI} to ${MAX_RENDER_DPI} dpi.`,
    );
  return askDrawingProcess<RenderReply>(
    { path, page, dpi },
    { launch: options.launch ?? forkDrawingProcess, timeoutMs: options.timeoutMs ?? 60_000 },
  ).then((reply) => {
    if (!reply.ok) throw new RenderError(reply.error);
    return {
      png: new Uint8Array(reply.png),
      width: reply.width,
      height: reply.height,
      dpi: reply.dpi,
    };
  });
}
