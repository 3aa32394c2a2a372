// The ingest worker's entry: opens its own connection to the library and runs one task with the
// engine, either indexing the library folder or importing files into it.
import { parentPort, workerData } from 'node:worker_threads';
import { z } from 'zod';
import { openPortal } from '#core/portal.ts';
import { hostIngestTask } from './ingest-worker-host.ts';

export const ingestWorkerDataSchema = z.object({
  libraryDbPath: z.string(),
  userDbPath: z.string(),
  libraryFolder: z.string(),
  task: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('index'), extractWorkers: z.int().min(0).optional() }),
    z.object({ kind: z.literal('add-files'), paths: z.array(z.string()) }),
  ]),
});
export type IngestWorkerData = z.infer<typeof ingestWorkerDataSchema>;

if (parentPort) {
  const data = ingestWorkerDataSchema.parse(workerData);
  const { task } = data;
  void hostIngestTask(parentPort, async ({ onProgress, signal }) => {
    const portal = openPortal({
      libraryDbPath: data.libraryDbPath,
      userDbPath: data.userDbPath,
      libraryFolder: data.libraryFolder,
    });
    try {
      if (task.kind === 'add-files')
        return await portal.addFiles({ paths: task.paths }, { onProgress, signal });
      const report = await portal.index(data.libraryFolder, {
        onProgress,
        signal,
        workers: task.extractWorkers,
      });
      return { ok: true, value: report };
    } finally {
      portal.close();
    }
  });
}
