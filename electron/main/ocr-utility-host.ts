// The desktop app's OCR process: Electron's utility process, so that recognition (about 150 MB
// and a processor core per worker) runs beside the window and never in the process that answers
// searches. It runs the same entry and speaks the same messages as the Node launcher the command
// line and the tests use (core/ocr-run/fork-ocr-run.ts); a utility process cannot start another,
// so it draws PDF pages itself (drawInProcess). The Electron window cannot run on the build
// machines, so this file is type-checked only.
import { fileURLToPath } from 'node:url';
import { utilityProcess } from 'electron';
import { OCR_RUN_PROCESS_URL, ocrExecArgv } from '#core/ocr-run/ocr-run-host.ts';
import type { LaunchOcrRunChild } from '#core/ocr-run/ocr-run-host.ts';

const HEAP_FULL = /heap|memory/i;

/** Pages read at once on the desktop: one recogniser (about 150 MB), a core left for the window. */
export const DESKTOP_OCR_WORKERS = 1;

export const launchOcrUtility: LaunchOcrRunChild = () => {
  const child = utilityProcess.fork(fileURLToPath(OCR_RUN_PROCESS_URL), [], {
    serviceName: 'Resource Portal OCR',
    stdio: 'inherit',
    execArgv: ocrExecArgv(),
  });
  let running = true;
  let outOfMemory = false;
  child.once('exit', () => (running = false));
  child.on('error', (_type, location) => {
    if (HEAP_FULL.test(location)) outOfMemory = true;
  });
  return {
    pid: child.pid,
    send: (message) => {
      if (running) child.postMessage(message);
    },
    onMessage: (listener) => child.on('message', listener),
    onExit: (listener) =>
      child.once('exit', (code) => listener({ code, signal: null, outOfMemory })),
    kill: () => {
      if (running) child.kill();
    },
  };
};
