// The worker's half of an ingest: runs one task, posts its progress, and aborts it when the main
// process asks to cancel. Whatever happens, exactly one "finished" message is posted.
import type { MainToWorker, IngestTask, WorkerToMain } from './ingest-messages.ts';

/** The part of worker_threads' parentPort the host needs. */
export interface ParentPortLike {
  postMessage(message: WorkerToMain): void;
  on(event: 'message', listener: (message: MainToWorker) => void): unknown;
  close(): void;
}

export async function hostIngestTask(port: ParentPortLike, task: IngestTask): Promise<void> {
  const controller = new AbortController();
  port.on('message', (message) => {
    if (message.type === 'cancel') controller.abort();
  });
  let finished: WorkerToMain;
  try {
    const result = await task({
      onProgress: (progress) => port.postMessage({ type: 'progress', progress }),
      signal: controller.signal,
    });
    finished = { type: 'finished', result };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    finished = { type: 'finished', result: { ok: false, error: { code: 'failed', message } } };
  }
  port.postMessage(finished);
  port.close();
}
