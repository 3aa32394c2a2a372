// The OCR process started with Node's child_process.fork: the command line and the tests (the
// desktop app uses Electron's utility process instead).
import { forkChild } from '../child-process/fork-child.ts';
import type { ToOcr } from './ocr-run-messages.ts';
import { OCR_RUN_PROCESS_URL, ocrExecArgv } from './ocr-run-host.ts';
import type { LaunchOcrRunChild } from './ocr-run-host.ts';

export function forkOcrRunChild(
  options: { entry?: URL; heapLimitMb?: number } = {},
): LaunchOcrRunChild {
  return () =>
    forkChild<ToOcr>(options.entry ?? OCR_RUN_PROCESS_URL, ocrExecArgv(options.heapLimitMb));
}
