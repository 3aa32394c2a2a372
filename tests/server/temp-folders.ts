import { mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

const created: string[] = [];

afterAll(() => {
  while (created.length) rmSync(created.pop()!, { recursive: true, force: true });
});

/** A temp folder that lives for the whole test file (servers and databases outlive one test). */
export function tempFolderFor(name: string): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), `portal-${name}-`)));
  created.push(dir);
  return dir;
}
