// One PDF page drawn as a PNG for recognition, in a process of its own
// (render-page-process.ts): drawing loads the native canvas, and a hostile page may take all the
// memory or time it can; either costs that process only, which is ended after the page or at the
// time limit.
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { RenderReply, RenderRequest } from './render-messages.ts';

export interface RenderedPage {
  png: Uint8Array;
  width: number;
  height: number;
  /** The resolution drawn at: the one asked, or less for a page that would pass the pixel limit. */
  dpi: number;
}

export const RENDER_PROCESS_URL = new URL('./render-page-process.ts', import.meta.url);

/** The drawing process's JavaScript heap; the canvas's pixels are native memory, outside it. */
export const RENDER_HEAP_MB = 256;

export const MIN_RENDER_DPI = 50;
export const MAX_RENDER_DPI = 600;

export class RenderError extends Error {
  override name = 'RenderError';
}

export function renderPdfPage(
  request: RenderRequest,
  options: { timeoutMs?: number; entry?: URL } = {},
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
  const timeoutMs = options.timeoutMs ?? 60_000;
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(options.entry ?? RENDER_PROCESS_URL), [], {
      execArgv: [`--max-old-space-size=${RENDER_HEAP_MB}`],
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
    });
    let settled = false;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      outcome();
    };
    const timer = setTimeout(
      () =>
        finish(() =>
          reject(
            new RenderError(
              `Drawing page ${page} took longer than ${timeoutMs / 1000} seconds; it was stopped.`,
            ),
          ),
        ),
      timeoutMs,
    );
    child.on('message', (message) => {
      const reply = message as RenderReply;
      finish(() =>
        reply.ok
          ? resolve({
              png: new Uint8Array(reply.png),
              width: reply.width,
              height: reply.height,
              dpi: reply.dpi,
            })
          : reject(new RenderError(reply.error)),
      );
    });
    child.on('error', (error) =>
      finish(() =>
        reject(new RenderError(`The drawing process could not start: ${error.message}`)),
      ),
    );
    child.on('exit', (code, signal) =>
      finish(() =>
        reject(
          new RenderError(
            `The drawing process ended before the page was drawn (${signal ?? `exit code ${code}`}); the page may be made to exhaust memory.`,
          ),
        ),
      ),
    );
    child.send({ path, page, dpi } satisfies RenderRequest);
  });
}
