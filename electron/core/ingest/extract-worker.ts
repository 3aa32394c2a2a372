// Worker-thread entry: extracts one file per message and posts back the result or the reason.
import { parentPort } from 'node:worker_threads';
import { extractDocument } from './extract-document.ts';
import { IngestError } from './ingest-error.ts';
import type { ExtractRequest, ExtractResponse } from './extract-messages.ts';

if (!parentPort) throw new Error('extract-worker must run in a worker thread');
const port = parentPort;

// pdf.js inflates content streams and fonts through DecompressionStream where the platform has
// one. In Node each call goes through web streams and the thread pool, which costs more than the
// inflating: about a fifth of a page's extraction time. Without it pdf.js inflates in its own code,
// to the same bytes. Only this worker's global scope changes.
Reflect.deleteProperty(globalThis, 'DecompressionStream');

port.on('message', async (request: ExtractRequest) => {
  let response: ExtractResponse;
  try {
    const document = await extractDocument(
      request.path,
      new Uint8Array(request.bytes),
      request.limits,
    );
    response = { id: request.id, ok: true, document };
  } catch (error) {
    const expected = error instanceof IngestError;
    response = {
      id: request.id,
      ok: false,
      expected,
      message: expected
        ? error.message
        : `Unexpected error while reading the file: ${(error as Error).message ?? error}`,
    };
  }
  port.postMessage(response);
});
