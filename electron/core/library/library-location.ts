// Where a library lives in a user's data folder (the desktop app and the CLI share it), and its
// first run: the sample library is copied there and indexed. Later runs find it ready at once.
import { access, cp, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface LibraryLocation {
  libraryFolder: string;
  libraryDbPath: string;
  userDbPath: string;
  /** Written once the first indexing has finished, so an interrupted one is resumed. */
  indexedMarker: string;
}

/** The same files the command line uses in the same data folder. */
export function libraryLocation(userData: string): LibraryLocation {
  return {
    libraryFolder: join(userData, 'library'),
    libraryDbPath: join(userData, 'library.sqlite'),
    userDbPath: join(userData, 'user.sqlite'),
    indexedMarker: join(userData, 'library-indexed.json'),
  };
}

/** Installed apps carry the library as an extra resource; a development checkout has it in resources/. */
export function bundledLibraryFolder(app: {
  isPackaged: boolean;
  resourcesPath: string;
  appPath: string;
}): string {
  return app.isPackaged
    ? join(app.resourcesPath, 'library')
    : join(app.appPath, 'resources', 'library');
}

export interface StartupPlan {
  copyLibrary: boolean;
  indexLibrary: boolean;
}

export interface LibraryOnDisk {
  libraryFolderExists: boolean;
  libraryDbExists: boolean;
  indexedMarkerExists: boolean;
}

export function planStartup(state: LibraryOnDisk): StartupPlan {
  return {
    copyLibrary: !state.libraryFolderExists,
    indexLibrary:
      !state.libraryFolderExists || !state.libraryDbExists || !state.indexedMarkerExists,
  };
}

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

/** Copies the bundled library when the user has none yet; says whether it still needs indexing. */
export async function prepareLibrary(
  bundledFolder: string,
  location: LibraryLocation,
): Promise<StartupPlan> {
  const plan = planStartup({
    libraryFolderExists: await exists(location.libraryFolder),
    libraryDbExists: await exists(location.libraryDbPath),
    indexedMarkerExists: await exists(location.indexedMarker),
  });
  if (plan.copyLibrary) {
    if (!(await exists(bundledFolder)))
      throw new Error(`The sample library is missing from ${bundledFolder}.`);
    // Copied beside the target and renamed, so an interrupted copy never looks like a library.
    const partial = `${location.libraryFolder}.partial`;
    await rm(partial, { recursive: true, force: true });
    await cp(bundledFolder, partial, { recursive: true });
    await rename(partial, location.libraryFolder);
  }
  return plan;
}

export async function markLibraryIndexed(location: LibraryLocation, at: Date): Promise<void> {
  await writeFile(location.indexedMarker, JSON.stringify({ indexedAt: at.toISOString() }));
}
