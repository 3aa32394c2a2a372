// Entry of the process that indexes for the desktop app: reading a PDF, a Word file or a pack can
// take far more memory than expected, and here that costs this process, never the window. It
// opens its own connection to the library and runs one task with the engine. Started by
// fork-ingest-host.ts (Node) or the desktop's utility-process host.
import { openPortal } from '../portal.ts';
import { parentChannel } from '../child-process/parent-channel.ts';
import { hostIngestTask } from './host-ingest-task.ts';

hostIngestTask(parentChannel(), async (start, { onProgress, signal }) => {
  const { task } = start;
  const portal = openPortal({
    libraryDbPath: start.libraryDbPath,
    userDbPath: start.userDbPath,
    libraryFolder: start.libraryFolder,
  });
  try {
    if (task.kind === 'add-files')
      return await portal.addFiles({ paths: task.paths }, { onProgress, signal });
    if (task.kind === 'import-pack') return await portal.importPack(task.request, { onProgress });
    const report = await portal.index(start.libraryFolder, {
      onProgress,
      signal,
      workers: task.extractWorkers,
    });
    return { ok: true, value: report };
  } finally {
    portal.close();
  }
});
