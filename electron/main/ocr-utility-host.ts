// The desktop app's OCR process: Electron's utility process, so that recognition (about 150 MB
// and a processor core per worker) runs beside the window and never in the process that answers
// searches. It runs the same entry and speaks the same messages as the Node launcher the command
// line and the tests use (core/ocr-run/fork-ocr-run.ts); a utility process cannot start another,
// so it draws PDF pages itself (drawInProcess). The Electron window cannot run on the build
// machines, so this file is type-checked only.
import { OCR_RUN_PROCESS_URL, ocrExecArgv } from '#core/ocr-run/ocr-run-host.ts';
import type { LaunchOcrRunChild } from '#core/ocr-run/ocr-run-host.ts';
import { utilityChild } from './utility-child.ts';

/** Pages read at once on the desktop: one recogniser (about 150 MB), a core left for the window. */
export const DESKTOP_OCR_WORKERS = 1;

export const launchOcrUtility: LaunchOcrRunChild = () =>
  utilityChild(OCR_RUN_PROCESS_URL, 'Resource Portal OCR', ocrExecArgv());
