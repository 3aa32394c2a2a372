// The desktop app's page-drawing process (first-page images): Electron's utility process running
// the same entry as the Node fork the command line and the tests use (core/ocr/drawing-process.ts),
// with the same heap ceiling. The Electron window cannot run on the build machines, so this file
// is type-checked only.
import { RENDER_PROCESS_URL, renderExecArgv } from '#core/ocr/drawing-process.ts';
import type { LaunchDrawingProcess } from '#core/ocr/drawing-process.ts';
import { utilityChild } from './utility-child.ts';

export const launchDrawingUtility: LaunchDrawingProcess = () =>
  utilityChild(RENDER_PROCESS_URL, 'Resource Portal page drawing', renderExecArgv());
