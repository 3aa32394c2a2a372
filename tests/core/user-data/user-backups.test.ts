import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openUserDatabase } from '#core/user-data/user-database.ts';
import type { UserDatabase } from '#core/user-data/user-database.ts';
import { userBackupFolder } from '#core/user-data/user-backups.ts';
import { withDatabaseFile } from '../../helpers/database-file.ts';
import { tempFolder } from '../../helpers/temp-folder.ts';
import { DOC_A, writeSomeOfEverything } from './user-writing.ts';

let opened: UserDatabase[] = [];
afterEach(() => {
  for (const db of opened) db.close();
  opened = [];
});

function openIn(folder: string) {
  const file = join(folder, 'user.sqlite');
  const userData = openUserDatabase(file);
  opened.push(userData);
  return { file, userData, backups: userBackupFolder(file) };
}

const at = (n: number) => new Date(Date.UTC(2026, 11, 7, 11, 0, n));

describe('backing up the user database', () => {
  it('copies it into backups/ beside it, with its counts, and lists the copies newest first', async () => {
    const { userData, backups } = openIn(tempFolder());
    writeSomeOfEverything(userData.store);
    const first = await userData.backUp({ now: at(1) });
    expect(first).toEqual({
      name: 'user-20261207T110001000Z.sqlite',
      createdAt: '2026-12-07T11:00:01.000Z',
      bytes: expect.any(Number),
      counts: { bookmarks: 2, highlights: 2, readingLists: 2, readingListItems: 2, trustedKeys: 1 },
    });
    userData.store.saveBookmark({ documentId: DOC_A, page: 9, note: '' });
    const second = await userData.backUp({ now: at(2) });
    expect(second?.counts.bookmarks).toBe(3);
    expect(userData.listBackups().map((b) => b.name)).toEqual([second!.name, first!.name]);
    expect(existsSync(join(backups, first!.name))).toBe(true);
  });

  it('makes no copy of an empty database at start, nor of one the newest copy already holds', async () => {
    const { userData, backups } = openIn(tempFolder());
    expect(await userData.backUp({ now: at(1), skipEmpty: true })).toBeNull();
    expect(existsSync(backups)).toBe(false);
    writeSomeOfEverything(userData.store);
    expect(await userData.backUp({ now: at(2), skipEmpty: true })).not.toBeNull();
    expect(await userData.backUp({ now: at(3), skipEmpty: true })).toBeNull();
    expect(await userData.backUp({ now: at(4) })).toBeNull();
    expect(userData.listBackups()).toHaveLength(1);
  });

  it('sees an unchanged database as unchanged after it is closed and opened again', async () => {
    const folder = tempFolder();
    const first = openIn(folder);
    writeSomeOfEverything(first.userData.store);
    await first.userData.backUp({ now: at(1) });
    first.userData.close();
    opened = [];
    const again = openIn(folder);
    expect(await again.userData.backUp({ now: at(2) })).toBeNull();
  });

  it('keeps the newest five, and lists no copy that was never finished', async () => {
    const { userData, backups } = openIn(tempFolder());
    for (let n = 1; n <= 7; n++) {
      userData.store.saveBookmark({ documentId: DOC_A, page: n, note: '' });
      await userData.backUp({ now: at(n) });
    }
    const names = userData.listBackups().map((b) => b.name);
    expect(names).toEqual([7, 6, 5, 4, 3].map((n) => `user-20261207T11000${n}000Z.sqlite`));
    expect(readdirSync(backups).sort()).toEqual(
      names.flatMap((name) => [name.replace('.sqlite', '.json'), name]).sort(),
    );
    // A copy whose description was never written is not offered.
    const description = join(backups, names[0]!.replace('.sqlite', '.json'));
    expect(JSON.parse(readFileSync(description, 'utf8')).contentHash).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('restoring a copy', () => {
  it('puts the copy back byte for byte, after copying what was there, so the restore can be undone', async () => {
    const { file, userData, backups } = openIn(tempFolder());
    writeSomeOfEverything(userData.store);
    const good = (await userData.backUp({ now: at(1) }))!;
    userData.store.deleteBookmark(userData.store.listBookmarks(null)[0]!.id);
    userData.store.saveBookmark({ documentId: DOC_A, page: 12, note: 'written after the copy' });

    const report = await userData.restore(good.name);
    expect(report.restored).toEqual(good);
    expect(report.safetyCopy?.counts.bookmarks).toBe(2);
    expect(Buffer.compare(readFileSync(file), readFileSync(join(backups, good.name)))).toBe(0);
    expect(userData.store.listBookmarks(null).map((b) => b.page)).not.toContain(12);
    expect(userData.store.listBookmarks(null)).toHaveLength(2);

    // Undo: the copy made before the restore comes back just as exactly.
    const undo = await userData.restore(report.safetyCopy!.name);
    expect(undo.safetyCopy?.counts).toEqual(good.counts);
    expect(
      Buffer.compare(readFileSync(file), readFileSync(join(backups, report.safetyCopy!.name))),
    ).toBe(0);
    expect(userData.store.listBookmarks(null).map((b) => b.page)).toContain(12);
  });

  it('refuses a name that is no listed copy, and leaves the database as it was', async () => {
    const { file, userData } = openIn(tempFolder());
    writeSomeOfEverything(userData.store);
    const before = readFileSync(file);
    await expect(userData.restore('user-20261207T110001000Z.sqlite')).rejects.toThrow(
      'No backup named user-20261207T110001000Z.sqlite.',
    );
    expect(Buffer.compare(readFileSync(file), before)).toBe(0);
    expect(userData.store.listBookmarks(null)).toHaveLength(2);
  });

  it('refuses while another connection has the database open, changing nothing', async () => {
    const folder = tempFolder();
    const { userData } = openIn(folder);
    writeSomeOfEverything(userData.store);
    const good = (await userData.backUp({ now: at(1) }))!;
    userData.store.saveBookmark({ documentId: DOC_A, page: 12, note: '' });
    const elsewhere = openUserDatabase(join(folder, 'user.sqlite'));
    opened.push(elsewhere);
    await expect(userData.restore(good.name)).rejects.toThrow(/open elsewhere/);
    expect(userData.store.listBookmarks(null)).toHaveLength(3);
    expect(elsewhere.store.listBookmarks(null)).toHaveLength(3);
  });
});

describe('a database that fails SQLite’s check', () => {
  it('is not copied: the last good copies stay the newest', async () => {
    const folder = tempFolder();
    const first = openIn(folder);
    writeSomeOfEverything(first.userData.store);
    const good = (await first.userData.backUp({ now: at(1) }))!;
    first.userData.close();
    opened = [];
    // Scribbles over the cells of the highlights table's page, as a failing disk might.
    const bytes = readFileSync(first.file);
    const page = withDatabaseFile(first.file, (db) =>
      db.prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'highlights'").pluck().get(),
    ) as number;
    const pageSize = bytes.readUInt16BE(16);
    bytes.fill(0x5a, (page - 1) * pageSize + 8, page * pageSize - 64);
    writeFileSync(first.file, bytes);

    const again = openIn(folder);
    await expect(again.userData.backUp({ now: at(2) })).rejects.toThrow(
      /The user database failed SQLite's check .*no copy was made of it/,
    );
    expect(again.userData.listBackups()).toEqual([good]);
  });
});
