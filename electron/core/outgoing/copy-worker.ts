// The static copy's worker thread: opens its own connection to the library and writes the copy
// there, answering the thread that started it with the engine's Result.
import { parentPort, workerData } from 'node:worker_threads';
import { openPortal } from '../portal.ts';
import type { CopyWorkerData } from './copy-in-worker.ts';

if (parentPort) {
  const data = workerData as CopyWorkerData;
  const portal = openPortal({
    libraryDbPath: data.libraryDbPath,
    userDbPath: data.userDbPath,
    libraryFolder: data.libraryFolder,
    copyPageAssets: data.copyPageAssets,
    copyInThisThread: true,
  });
  try {
    parentPort.postMessage(await portal.exportStaticCopy(data.request, data.options));
  } finally {
    portal.close();
  }
}
