import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openPortal } from '#core/portal.ts';
import type { Portal } from '#core/portal.ts';
import { withDatabaseFile } from '../../../helpers/database-file.ts';
import { tempFolder, writeFiles } from '../../../helpers/temp-folder.ts';

let portal: Portal | null = null;
afterEach(() => {
  portal?.close();
  portal = null;
});

describe('hasOutdatedText', () => {
  it('tells when an older engine read some files, until the folder is indexed again', async () => {
    const folder = tempFolder();
    writeFiles(folder, { 'guide.md': '# Guide\n\nReferral of victims.' });
    const data = tempFolder();
    portal = openPortal({
      libraryDbPath: join(data, 'library.sqlite'),
      userDbPath: join(data, 'user.sqlite'),
      libraryFolder: folder,
    });
    expect(portal.hasOutdatedText()).toBe(false);
    await portal.index(folder, { workers: 0 });
    expect(portal.hasOutdatedText()).toBe(false);
    withDatabaseFile(join(data, 'library.sqlite'), (db) =>
      db.prepare('UPDATE documents SET text_version = text_version - 1').run(),
    );
    expect(portal.hasOutdatedText()).toBe(true);
    await portal.index(folder, { workers: 0 });
    expect(portal.hasOutdatedText()).toBe(false);
  });
});
