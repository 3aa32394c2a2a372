// Reads each supported file once to hash it: the hash is the document id, which tells an unchanged,
// moved or duplicated file from a new one before anything is extracted.
import { readFileSync } from 'node:fs';
import { isSupportedFile } from './file-format.ts';
import { sha256 } from './fingerprint.ts';
import type { ScannedFile } from './scan-folder.ts';

/** A file's content hash, or why it could not be read. */
export type FileContent = { id: string } | { unreadable: string };

/** The content of each supported file, by path; files not reached before a cancel are missing. */
export function hashFiles(files: ScannedFile[], signal?: AbortSignal): Map<string, FileContent> {
  const contents = new Map<string, FileContent>();
  for (const file of files) {
    if (signal?.aborted) break;
    if (isSupportedFile(file.path)) contents.set(file.path, hashFile(file));
  }
  return contents;
}

function hashFile(file: ScannedFile): FileContent {
  try {
    return { id: sha256(readFileSync(file.absolutePath)) };
  } catch (error) {
    return { unreadable: `The file could not be read: ${(error as Error).message}` };
  }
}
