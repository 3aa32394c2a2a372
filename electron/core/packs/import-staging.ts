// The hidden folders a pack's documents are extracted into before they move into the library in
// one rename. A process killed while extracting (the computer switched off, the app ended from the
// task manager) cannot remove its own, so each is named with its process id, and the next import
// removes those whose process is gone: the library folder keeps no half-written copies.
import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const PREFIX = '.pack-import-';

/** A new staging folder's path in the library folder, named for this process. */
export function stagingFolder(libraryFolder: string): string {
  return join(libraryFolder, `${PREFIX}${process.pid}-${randomUUID()}`);
}

function processIsRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes the staging folders left by imports whose process has ended; gives their names. */
export function removeAbandonedStaging(libraryFolder: string): string[] {
  // A library folder not made yet holds nothing to remove; the import says what else is wrong.
  if (!existsSync(libraryFolder)) return [];
  const abandoned = readdirSync(libraryFolder).filter((name) => {
    if (!name.startsWith(PREFIX)) return false;
    const pid = Number(/^(\d+)-/.exec(name.slice(PREFIX.length))?.[1]);
    // A folder without a process id comes from before they carried one: its import has ended.
    return !Number.isInteger(pid) || pid === 0 || (pid !== process.pid && !processIsRunning(pid));
  });
  for (const name of abandoned) rmSync(join(libraryFolder, name), { recursive: true, force: true });
  return abandoned;
}
