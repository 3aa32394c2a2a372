import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeSmallLibrary } from '../helpers/pack-library.ts';
import { emptyLibrary, makeReadingList, portal } from '../helpers/portal-cli.ts';
import { tempFolder } from '../helpers/temp-folder.ts';

// A dozen runs of the command line, each starting Node and opening the databases.
const SPAWNS_TIMEOUT = 180_000;

describe('portal keys and pack commands', () => {
  it(
    'generates a key, packs a signed library, verifies it and imports it when its key is trusted',
    () => {
      const home = tempFolder();
      const key = join(home, 'publisher.pem');
      const generated = portal(['keys', 'generate', key], home);
      expect(generated.code).toBe(0);
      const fingerprint = /Fingerprint: ((?:[0-9A-F]{4} ){9}[0-9A-F]{4})/.exec(
        generated.stdout,
      )![1]!;
      expect(readFileSync(key, 'utf8')).toMatch(/^-----BEGIN PRIVATE KEY-----/);
      const again = portal(['keys', 'generate', key], home);
      expect(again).toMatchObject({ code: 2, stderr: expect.stringMatching(/already exists/) });

      const source = join(home, 'source.sqlite');
      expect(
        portal(['index', makeSmallLibrary(), '--db', source, '--workers', '1'], home).code,
      ).toBe(0);
      const hits = JSON.parse(portal(['search', 'shelter', '--json', '--db', source], home).stdout);
      const marked = portal(['do-not-share', hits.hits[0].id.slice(0, 12), '--db', source], home);
      expect(marked).toMatchObject({
        code: 0,
        stdout: expect.stringMatching(/^Marked "do not share"/),
      });

      const pack = join(home, 'library.pack');
      expect(portal(['pack', 'create', pack, '--db', source], home)).toMatchObject({
        code: 2,
        stderr: expect.stringMatching(/give --publisher NAME/),
      });
      const created = portal(
        ['pack', 'create', pack, '--publisher', 'ASEAN-ACT', '--sign', key, '--db', source],
        home,
      );
      expect(created.code).toBe(0);
      expect(created.stdout).toMatch(/3 documents/);
      expect(created.stdout).toMatch(/Left out 1:\n.*marked "do not share"/);
      expect(created.stdout).toContain(`signed with the key ${fingerprint}`);

      const target = emptyLibrary(home, 'target');
      const verified = portal(['pack', 'verify', pack, '--db', target], home);
      expect(verified.code).toBe(0);
      expect(verified.stdout).toMatch(/from ASEAN-ACT.*3 documents.*every file matches/);
      expect(verified.stdout).toContain(`Signed by a key you have not trusted: ${fingerprint}`);

      const refused = portal(['pack', 'import', pack, '--require-signature', '--db', target], home);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(
        /^portal: The pack was refused: it is signed by a key that is not trusted/,
      );

      const imported = portal(
        ['pack', 'import', pack, '--require-signature', '--trust', fingerprint, '--db', target],
        home,
      );
      expect(imported.code).toBe(0);
      expect(imported.stdout).toMatch(/Added 3, replaced 0/);
      expect(imported.stdout).toMatch(/Indexed 3,/);
      const twice = portal(['pack', 'import', pack, '--db', target], home);
      expect(twice.stdout).toMatch(/imported before; nothing changed/);
      expect(portal(['stats', '--db', target], home).stdout).toMatch(/Documents:\s+3/);
    },
    SPAWNS_TIMEOUT,
  );

  it('refuses a damaged pack with the reason and exit code 1', () => {
    const home = tempFolder();
    const damaged = join(home, 'damaged.pack');
    writeFileSync(damaged, 'PK\u0003\u0004 not really a zip');
    const db = emptyLibrary(home, 'library');
    const verified = portal(['pack', 'verify', damaged, '--db', db], home);
    expect(verified.code).toBe(1);
    expect(verified.stderr).toMatch(/^portal: The pack was refused: it is not a readable zip file/);
    expect(portal(['pack', 'import', damaged, '--trust', 'nope', '--db', db], home)).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/must be a key fingerprint/),
    });
  });
});

describe('portal pack create --list', () => {
  it(
    "packs a reading list's documents in the list's order, without those marked do not share",
    async () => {
      const home = tempFolder();
      const db = join(home, 'source.sqlite');
      expect(portal(['index', makeSmallLibrary(), '--db', db, '--workers', '1'], home).code).toBe(
        0,
      );
      const titles = JSON.parse(
        portal(['search', '--sort', 'title', '--json', '--db', db], home).stdout,
      ).hits as { id: string; title: string }[];
      const [first, second, third] = titles;
      expect(portal(['do-not-share', second!.id, '--db', db], home).code).toBe(0);
      await makeReadingList(db, 'Week 1', [
        { documentId: third!.id },
        { documentId: second!.id },
        { documentId: first!.id },
      ]);
      await makeReadingList(db, 'Twice', []);
      await makeReadingList(db, 'Twice', []);

      const pack = join(home, 'week1.pack');
      const created = portal(
        ['pack', 'create', pack, '--publisher', 'Trainer', '--list', 'Week 1', '--db', db],
        home,
      );
      expect(created.stderr).toBe('');
      expect(created.stdout).toMatch(/2 documents/);
      expect(created.stdout).toMatch(/Left out 1:\n.*marked "do not share"/);
      const verified = portal(['pack', 'verify', pack, '--db', db], home);
      const packed = verified.stdout.split('\n').filter((line) => line.startsWith('  '));
      expect(packed.map((line) => line.slice(line.indexOf(': ') + 2))).toEqual([
        third!.title,
        first!.title,
      ]);

      const refusals: [string[], RegExp][] = [
        [
          ['--list', 'Week 1', '--query', 'shelter'],
          /--list chooses the documents by itself: leave out --query/,
        ],
        [['--list', 'Week 1', '--lang', 'en'], /leave out --lang/],
        [
          ['--list', 'Week 2'],
          /No reading list is named "Week 2"\. The reading lists: "Twice", "Twice", "Week 1"\./,
        ],
        [['--list', 'Twice'], /2 reading lists are named "Twice"/],
      ];
      for (const [args, message] of refusals) {
        const r = portal(
          ['pack', 'create', join(home, 'x.pack'), '--publisher', 'T', ...args, '--db', db],
          home,
        );
        expect(r.code, args.join(' ')).toBe(2);
        expect(r.stderr, args.join(' ')).toMatch(message);
      }
    },
    SPAWNS_TIMEOUT,
  );
});
