// One page drawn in a short-lived process of its own (render-page-process.ts): asked once,
// answered once, then ended; ended too at the time limit. Started by a launcher, so that the
// desktop app starts it as Electron's utility process and Node as a fork.
import type { ForkedChild } from '../child-process/fork-child.ts';
import { forkChild } from '../child-process/fork-child.ts';
import type { FittedPageRequest, RenderRequest } from './render-messages.ts';

export const RENDER_PROCESS_URL = new URL('./render-page-process.ts', import.meta.url);

/** The drawing process's JavaScript heap; the canvas's pixels are native memory, outside it. */
export const RENDER_HEAP_MB = 256;

export const renderExecArgv = () => [`--max-old-space-size=${RENDER_HEAP_MB}`];

export type DrawingRequest = RenderRequest | FittedPageRequest;

export type LaunchDrawingProcess = () => ForkedChild<DrawingRequest>;

export const forkDrawingProcess: LaunchDrawingProcess = () =>
  forkChild(RENDER_PROCESS_URL, renderExecArgv(), 'advanced');

export class RenderError extends Error {
  override name = 'RenderError';
}

/** Sends the request to a new drawing process and settles with its one reply. */
export function askDrawingProcess<Reply>(
  request: DrawingRequest,
  options: { launch: LaunchDrawingProcess; timeoutMs: number },
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    let child: ForkedChild<DrawingRequest>;
    try {
      child = options.launch();
    } catch (error) {
      reject(new RenderError(`The drawing process could not start: ${(error as Error).message}`));
      return;
    }
    let settled = false;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.kill();
      outcome();
    };
    const timer = setTimeout(
      () =>
        finish(() =>
          reject(
            new RenderError(
              `Drawing page ${request.page} took longer than ${options.timeoutMs / 1000} seconds; it was stopped.`,
            ),
          ),
        ),
      options.timeoutMs,
    );
    child.onMessage((message) => finish(() => resolve(message as Reply)));
    child.onExit(({ code, signal, outOfMemory }) =>
      finish(() =>
        reject(
          new RenderError(
            `The drawing process ended before the page was drawn (${signal ?? `exit code ${code}`}); ${outOfMemory ? 'it ran out of memory' : 'the page may be made to exhaust memory'}.`,
          ),
        ),
      ),
    );
    child.send(request);
  });
}
