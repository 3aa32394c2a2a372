// The engine's methods for the user's data as a whole, as the desktop window calls them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openPortal } from '#core/portal.ts';
import type { Portal } from '#core/portal.ts';
import { userStore } from '#core/store/user-store.ts';
import { withDatabaseFile } from '../../helpers/database-file.ts';
import { tempFolder } from '../../helpers/temp-folder.ts';
import { writeSomeOfEverything } from './user-writing.ts';

let portal: Portal | null = null;
afterEach(() => {
  portal?.close();
  portal = null;
});

function openIn(folder: string) {
  const userDbPath = join(folder, 'user.sqlite');
  portal = openPortal({ libraryDbPath: join(folder, 'library.sqlite'), userDbPath });
  return { portal, userDbPath };
}

describe('the user data methods', () => {
  it('back up at start, list the copies, restore one byte for byte and export it all', async () => {
    const folder = tempFolder();
    const { portal, userDbPath } = openIn(folder);
    expect(await portal.backUpUserData()).toBeNull();
    withDatabaseFile(userDbPath, (db) => writeSomeOfEverything(userStore(db)));
    const made = await portal.backUpUserData();
    expect(made?.counts.bookmarks).toBe(2);
    expect(await portal.api.listUserBackups()).toEqual({ ok: true, value: [made] });

    const restored = await portal.api.restoreUserBackup(made!.name);
    expect(restored).toEqual({ ok: true, value: { restored: made, safetyCopy: null } });
    const backup = join(folder, 'backups', made!.name);
    expect(Buffer.compare(readFileSync(userDbPath), readFileSync(backup))).toBe(0);
    const bookmarks = await portal.api.listBookmarks(null);
    expect(bookmarks.ok && bookmarks.value).toHaveLength(2);

    const file = join(folder, 'notes.json');
    const exported = await portal.api.exportUserData({ file });
    expect(exported).toEqual({ ok: true, value: { file, counts: made!.counts } });
    const imported = await portal.api.importUserData({ file });
    expect(imported.ok && imported.value.alreadyHere).toEqual(made!.counts);
  });

  it('answer a missing backup as not found, and a foreign file as an invalid argument', async () => {
    const folder = tempFolder();
    const { portal } = openIn(folder);
    const missing = await portal.api.restoreUserBackup('user-20261207T110001000Z.sqlite');
    expect(missing).toMatchObject({ ok: false, error: { code: 'not-found' } });
    const foreign = await portal.api.importUserData({ file: join(folder, 'library.sqlite') });
    expect(foreign).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument', message: expect.stringMatching(/nothing was imported/) },
    });
  });
});
