// Entry of the process that reads scanned pages for the app: recognition holds about 150 MB per
// worker and keeps a processor core busy for seconds a page, which here costs neither the window
// nor the process that answers searches. It waits for the app's start message, runs the OCR over
// the library's waiting pages, posts its progress, and stops at the app's "stop": the page being
// read is given up (its attempt taken back) and what was recognised is indexed before it ends.
// Started by fork-ocr-run.ts (Node) or the desktop's utility-process launcher.
import { parentChannel } from '../child-process/parent-channel.ts';
import { renderPdfPage } from '../ocr/render-pdf-page.ts';
import type { FromOcr } from './ocr-run-messages.ts';
import { readToOcr } from './ocr-run-messages.ts';
import type { DrawPage } from './page-image-source.ts';
import { runInBackground, runOcr } from './run-ocr.ts';

runInBackground();
// Ctrl+C in the terminal reaches the whole process group: the app (the command line) asks this
// process to stop, which gives back the page being read instead of dying in the middle of it.
process.on('SIGINT', () => {});
const channel = parentChannel();
const controller = new AbortController();
let started = false;

// Ends the process once the answer is handed over: a page abandoned on "stop" may still be
// drawn in its own process, or read in a worker thread, neither of which is waited for.
const finish = async (message: FromOcr) => {
  await channel.post(message);
  channel.close();
  process.exit(0);
};
const failed = (message: string): FromOcr => ({
  type: 'finished',
  result: { ok: false, error: { code: 'failed', message } },
});

// A page drawn in this process loads the native canvas here; only where no other may be started.
const drawInThisProcess: DrawPage = async (request) => {
  const { drawPdfPage } = await import('../ocr/draw-pdf-page.ts');
  const reply = await drawPdfPage(request);
  if (!reply.ok) throw new Error(reply.error);
  return reply;
};

channel.onParentGone(() => controller.abort());
channel.onMessage((raw) => {
  const message = readToOcr(raw);
  if (message?.type === 'stop') return controller.abort();
  if (started) return;
  started = true;
  if (!message)
    return void finish(failed('The OCR process was given a task it does not understand.'));
  const { drawInProcess, ...request } = message;
  void runOcr(request, {
    drawPage: drawInProcess ? drawInThisProcess : (r) => renderPdfPage(r),
    signal: controller.signal,
    onProgress: (progress) => void channel.post({ type: 'progress', progress } satisfies FromOcr),
  })
    .then((report): FromOcr => ({ type: 'finished', result: { ok: true, value: report } }))
    .catch((error: unknown) => failed(error instanceof Error ? error.message : String(error)))
    .then(finish);
});
