import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, afterEach } from 'vitest';

const forOneTest: string[] = [];
const forTheFile: string[] = [];

const removeAll = (folders: string[]) => {
  while (folders.length) rmSync(folders.pop()!, { recursive: true, force: true });
};
afterEach(() => removeAll(forOneTest));
afterAll(() => removeAll(forTheFile));

/** A fresh folder under the system temp dir, removed after the test. */
export function tempFolder(prefix = 'portal-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  forOneTest.push(dir);
  return dir;
}

/** A temp folder that lives for the whole test file (servers and databases outlive one test). */
export function tempFolderFor(name: string): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), `portal-${name}-`)));
  forTheFile.push(dir);
  return dir;
}

/** Writes files (relative path -> content) into a folder, creating subfolders. */
export function writeFiles(folder: string, files: Record<string, string | Uint8Array>): void {
  for (const [path, content] of Object.entries(files)) {
    const target = join(folder, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
}
