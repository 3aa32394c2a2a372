// Files and folders a user adds to the library are copied into its "added" folder, so the library
// keeps working when a USB stick is pulled out or a download folder is tidied. Everything is
// checked before anything is copied: one unusable path refuses the whole request, with its reason.
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { SUPPORTED_EXTENSIONS } from '../ingest/file-format.ts';
import { scanFolder } from '../ingest/scan-folder.ts';

export const ADDED_FOLDER = 'added';

export class UnusablePathError extends Error {
  override name = 'UnusablePathError';
}

export interface PlannedCopy {
  source: string;
  /** Where it goes, relative to the "added" folder, with '/'. */
  target: string;
}

const isSupported = (path: string) => SUPPORTED_EXTENSIONS.includes(extname(path).toLowerCase());

const isInside = (path: string, folder: string) => {
  const rel = relative(folder, path);
  return !isAbsolute(rel) && rel !== '..' && !rel.startsWith(`..${sep}`);
};

/**
 * What adding these paths would copy: a file goes to the top of the "added" folder; a folder's
 * supported files keep their place under a folder of the same name (other files are left out).
 */
export function planAddedFiles(paths: readonly string[], libraryFolder: string): PlannedCopy[] {
  const library = resolve(libraryFolder);
  const plan: PlannedCopy[] = [];
  for (const path of paths) {
    const source = resolve(path);
    const stat = statSync(source, { throwIfNoEntry: false });
    if (!stat) throw new UnusablePathError(`${path} does not exist.`);
    if (isInside(source, library)) {
      throw new UnusablePathError(`${path} is already in the library folder.`);
    }
    if (stat.isDirectory()) {
      // A home or drive folder on Windows holds the app's data folder, library and all.
      if (isInside(library, source)) {
        throw new UnusablePathError(
          `${path} holds the library folder itself; choose the folder of the documents to add.`,
        );
      }
      const files = scanFolder(source).filter((file) => isSupported(file.path));
      if (files.length === 0) {
        throw new UnusablePathError(
          `${path} holds no ${SUPPORTED_EXTENSIONS.join(', ')} files to add.`,
        );
      }
      const folderName = basename(source) || 'folder';
      for (const file of files) {
        plan.push({ source: file.absolutePath, target: `${folderName}/${file.path}` });
      }
    } else if (stat.isFile()) {
      if (!isSupported(source)) {
        throw new UnusablePathError(
          `${basename(source)}: only ${SUPPORTED_EXTENSIONS.join(', ')} files can be added.`,
        );
      }
      plan.push({ source, target: basename(source) });
    } else {
      throw new UnusablePathError(`${path} is neither a file nor a folder.`);
    }
  }
  return plan;
}

/**
 * Copies each planned file under a name no other file has, unless the same bytes are already
 * there: adding the same file twice adds it once, and a different file never overwrites another.
 */
export function copyAddedFiles(plan: readonly PlannedCopy[], addedFolder: string): void {
  for (const { source, target } of plan) {
    const destination = join(addedFolder, ...target.split('/'));
    mkdirSync(dirname(destination), { recursive: true });
    copyWithoutOverwriting(source, destination);
  }
}

function copyWithoutOverwriting(source: string, destination: string): void {
  const ext = extname(destination);
  const stem = destination.slice(0, destination.length - ext.length);
  const bytes = readFileSync(source);
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? destination : `${stem}-${n}${ext}`;
    if (!existsSync(candidate)) return copyFileSync(source, candidate);
    if (readFileSync(candidate).equals(bytes)) return;
  }
}
