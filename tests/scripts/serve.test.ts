import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { interfaceNeedsBuild, newestModification } from '#scripts/serve.ts';
import { tempFolderFor } from '../helpers/temp-folder.ts';

function file(path: string, secondsSinceEpoch: number): string {
  writeFileSync(path, '');
  utimesSync(path, secondsSinceEpoch, secondsSinceEpoch);
  return path;
}

describe('npm run serve', () => {
  it('finds the newest file among sources, in folders at any depth', () => {
    const root = tempFolderFor('serve-sources');
    mkdirSync(join(root, 'src', 'deep'), { recursive: true });
    file(join(root, 'src', 'a.ts'), 1_000);
    file(join(root, 'src', 'deep', 'b.ts'), 3_000);
    const config = file(join(root, 'config.ts'), 2_000);
    expect(newestModification([join(root, 'src'), config, join(root, 'missing')])).toBe(3_000_000);
  });

  it('builds the interface when it is missing or older than a source, and only then', () => {
    const root = tempFolderFor('serve-build');
    const source = file(join(root, 'App.tsx'), 2_000);
    const built = join(root, 'index.html');
    expect(interfaceNeedsBuild(built, [source])).toBe(true);
    file(built, 1_000);
    expect(interfaceNeedsBuild(built, [source])).toBe(true);
    file(built, 3_000);
    expect(interfaceNeedsBuild(built, [source])).toBe(false);
  });
});
