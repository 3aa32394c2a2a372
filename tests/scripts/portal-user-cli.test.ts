import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyLibrary, makeReadingList, portal } from '../helpers/portal-cli.ts';
import { tempFolder } from '../helpers/temp-folder.ts';

// Several runs of the command line, each starting Node and opening the databases.
const SPAWNS_TIMEOUT = 120_000;

describe('portal user', () => {
  it(
    'copies the user database, restores a copy byte for byte, exports and imports',
    async () => {
      const home = tempFolder();
      const db = emptyLibrary(home, 'library');
      expect(portal(['user', 'back-up', '--db', db], home).stdout).toMatch(/^No copy needed/);
      await makeReadingList(db, 'Week 1', []);
      const made = portal(['user', 'back-up', '--db', db], home);
      expect(made).toMatchObject({ code: 0, stdout: expect.stringMatching(/^Copied: user-/) });
      const name = /(user-\d{8}T\d{9}Z\.sqlite)/.exec(made.stdout)![1]!;
      const listed = JSON.parse(portal(['user', 'backups', '--json', '--db', db], home).stdout);
      expect(listed).toMatchObject([{ name, counts: { readingLists: 1 } }]);

      await makeReadingList(db, 'Week 2', []);
      const restored = portal(['user', 'restore', name, '--db', db], home);
      expect(restored.code).toBe(0);
      expect(restored.stdout).toMatch(/What was there before is kept as user-.*\.sqlite\./);
      const userDb = readFileSync(join(home, 'user.sqlite'));
      expect(Buffer.compare(userDb, readFileSync(join(home, 'backups', name)))).toBe(0);

      const file = join(home, 'notes.json');
      expect(portal(['user', 'export', file, '--db', db], home).stdout).toContain(
        '1 reading lists (0 items)',
      );
      const imported = portal(['user', 'import', file, '--db', db], home);
      expect(imported.stdout).toMatch(/^Added: 0 bookmarks, .*\nAlready here, .*1 reading lists/);
    },
    SPAWNS_TIMEOUT,
  );

  it(
    'refuses a foreign file, an unknown copy and a missing action with clear messages',
    () => {
      const home = tempFolder();
      const db = emptyLibrary(home, 'library');
      const foreign = join(home, 'foreign.json');
      writeFileSync(foreign, '[1, 2, 3]');
      expect(portal(['user', 'import', foreign, '--db', db], home)).toMatchObject({
        code: 1,
        stderr: expect.stringMatching(/is not a file of notes and lists exported/),
      });
      expect(portal(['user', 'restore', '../user.sqlite', '--db', db], home)).toMatchObject({
        code: 2,
        stderr: expect.stringMatching(/must be the name of a backup/),
      });
      expect(portal(['user', '--db', db], home)).toMatchObject({
        code: 2,
        stderr: expect.stringMatching(/^portal: portal user backups \| back-up/),
      });
    },
    SPAWNS_TIMEOUT,
  );
});
