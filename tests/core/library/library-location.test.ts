import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  bundledLibraryFolder,
  libraryLocation,
  markLibraryIndexed,
  planStartup,
  prepareLibrary,
} from '#core/library/library-location.ts';
import { tempFolderFor } from '../../helpers/temp-folder.ts';

describe('planStartup', () => {
  it('copies and indexes the first time, resumes an interrupted index, and otherwise opens at once', () => {
    const ready = { libraryFolderExists: true, libraryDbExists: true, indexedMarkerExists: true };
    expect(
      planStartup({
        libraryFolderExists: false,
        libraryDbExists: false,
        indexedMarkerExists: false,
      }),
    ).toEqual({
      copyLibrary: true,
      indexLibrary: true,
    });
    expect(planStartup({ ...ready, indexedMarkerExists: false })).toEqual({
      copyLibrary: false,
      indexLibrary: true,
    });
    expect(planStartup({ ...ready, libraryDbExists: false })).toEqual({
      copyLibrary: false,
      indexLibrary: true,
    });
    expect(planStartup(ready)).toEqual({ copyLibrary: false, indexLibrary: false });
  });
});

describe('bundledLibraryFolder', () => {
  it('is an extra resource when installed and resources/library in a checkout', () => {
    const where = { resourcesPath: '/opt/portal/resources', appPath: '/home/dev/portal' };
    expect(bundledLibraryFolder({ ...where, isPackaged: true })).toBe(
      join('/opt/portal/resources', 'library'),
    );
    expect(bundledLibraryFolder({ ...where, isPackaged: false })).toBe(
      join('/home/dev/portal', 'resources', 'library'),
    );
  });
});

describe('prepareLibrary', () => {
  function bundled(root: string): string {
    const folder = join(root, 'bundled');
    mkdirSync(join(folder, 'documents'), { recursive: true });
    writeFileSync(join(folder, 'taxonomy.yaml'), 'version: 1\n');
    writeFileSync(join(folder, 'documents', 'guide.md'), '# Guide\n');
    return folder;
  }

  it('copies the sample library on first run, then leaves the user’s copy alone', async () => {
    const root = tempFolderFor('first-run');
    const location = libraryLocation(join(root, 'user-data'));
    mkdirSync(join(root, 'user-data'));
    const source = bundled(root);

    expect(await prepareLibrary(source, location)).toEqual({
      copyLibrary: true,
      indexLibrary: true,
    });
    expect(readFileSync(join(location.libraryFolder, 'documents', 'guide.md'), 'utf8')).toBe(
      '# Guide\n',
    );
    expect(existsSync(`${location.libraryFolder}.partial`)).toBe(false);

    writeFileSync(join(location.libraryFolder, 'documents', 'mine.md'), '# Mine\n');
    writeFileSync(location.libraryDbPath, '');
    await markLibraryIndexed(location, new Date('2025-01-01T00:00:00Z'));
    expect(await prepareLibrary(source, location)).toEqual({
      copyLibrary: false,
      indexLibrary: false,
    });
    expect(existsSync(join(location.libraryFolder, 'documents', 'mine.md'))).toBe(true);
  });

  it('replaces what an interrupted copy left behind', async () => {
    const root = tempFolderFor('first-run');
    const location = libraryLocation(join(root, 'user-data'));
    mkdirSync(join(`${location.libraryFolder}.partial`, 'documents'), { recursive: true });
    writeFileSync(join(`${location.libraryFolder}.partial`, 'documents', 'half.md'), '#');
    await prepareLibrary(bundled(root), location);
    expect(existsSync(join(location.libraryFolder, 'documents', 'half.md'))).toBe(false);
    expect(existsSync(join(location.libraryFolder, 'documents', 'guide.md'))).toBe(true);
  });

  it('says so when the sample library is missing', async () => {
    const root = tempFolderFor('first-run');
    await expect(prepareLibrary(join(root, 'nowhere'), libraryLocation(root))).rejects.toThrow(
      /sample library is missing/,
    );
  });
});
