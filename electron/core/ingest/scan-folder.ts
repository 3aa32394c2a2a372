import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { isCatalogFile } from './load-catalog.ts';

export interface ScannedFile {
  /** Relative to the library folder, always with '/'. */
  path: string;
  absolutePath: string;
  size: number;
}

/** Every file under the folder except hidden ones and catalog files, sorted by path. */
export function scanFolder(folder: string): ScannedFile[] {
  const files: ScannedFile[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const absolutePath = join(dir, entry.name);
      if (entry.isDirectory()) walk(absolutePath);
      else if (entry.isFile()) {
        const path = relative(folder, absolutePath).split(sep).join('/');
        if (isCatalogFile(path)) continue;
        files.push({ path, absolutePath, size: statSync(absolutePath).size });
      }
    }
  };
  walk(folder);
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
