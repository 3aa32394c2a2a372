// The ingest worker's entry: opens its own connection to the library and runs one task with the
// engine: indexing the library folder, or importing files or a library pack into it.
import { parentPort, workerData } from 'node:worker_threads';
import { z } from 'zod';
import { ARGUMENT_SCHEMAS } from '#shared/api-schemas.ts';
import { openPortal } from '#core/portal.ts';
import { hostIngestTask } from './ingest-worker-host.ts';

export const ingestWorkerDataSchema = z.object({
  libraryDbPath: z.string(),
  userDbPath: z.string(),
  libraryFolder: z.string(),
  task: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('index'), extractWorkers: z.int().min(0).optional() }),
    z.object({ kind: z.literal('add-files'), paths: z.array(z.string()) }),
    z.object({ kind: z.literal('import-pack'), request: ARGUMENT_SCHEMAS.packImportRequest }),
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
      if (task.kind === 'import-pack') return await portal.importPack(task.request, { onProgress });
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
