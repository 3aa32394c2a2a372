import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUILT_PAGE_DIR, buildPageAssets } from '../helpers/static-copy.ts';
import { makeReadingList, portal } from '../helpers/portal-cli.ts';
import { tempFolder, writeFiles } from '../helpers/temp-folder.ts';

function indexedLibrary(): { home: string; db: string } {
  const home = tempFolder();
  const folder = tempFolder();
  writeFiles(folder, {
    'notes.md': '# Field notes\n\nThe shelter referral worked well.',
    'ghi-chu.txt':
      'Hướng dẫn tái hòa nhập cộng đồng cho nạn nhân bị mua bán trở về: tiếp nhận, xác minh, hỗ trợ y tế, tâm lý và pháp lý, học nghề và tìm việc làm tại địa phương.',
  });
  const db = join(home, 'lib.sqlite');
  expect(portal(['index', folder, '--db', db], home).code).toBe(0);
  return { home, db };
}

beforeAll(() => {
  // `npm run build` writes the page script the command copies; run alone, the test builds it.
  buildPageAssets(BUILT_PAGE_DIR);
}, 120_000);

describe('portal export-site', () => {
  it('writes a copy, reports it, and refuses to write over it without --replace', () => {
    const { home, db } = indexedLibrary();
    const copy = join(tempFolder(), 'copy');
    const made = portal(['export-site', copy, '--db', db, '--made-by', 'Hanoi team'], home);
    expect(made.stderr).toBe('');
    expect(made.code).toBe(0);
    expect(made.stdout).toMatch(/Exported 2 documents to .*copy \(0 PDFs, 2 as pages\)/);
    expect(made.stdout).toMatch(/Search index [\d.]+ MB; the whole copy [\d.]+ MB/);
    expect(made.stdout).toMatch(
      /Nothing was left out \(documents marked "do not share" would be\)/,
    );
    expect(readFileSync(join(copy, 'index.html'), 'utf8')).toContain('Made by Hanoi team');

    const again = portal(['export-site', copy, '--db', db], home);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/is not empty.*--replace/);
    const replaced = portal(['export-site', copy, '--db', db, '--replace', '--json'], home);
    expect(replaced.code).toBe(0);
    expect(JSON.parse(replaced.stdout)).toMatchObject({ documents: 2, leftOut: [] });
  });

  it('exports only what the filters choose', () => {
    const { home, db } = indexedLibrary();
    const copy = join(tempFolder(), 'copy');
    const made = portal(
      ['export-site', copy, '--db', db, '--lang', 'vi', '--copy-language', 'vi', '--json'],
      home,
    );
    expect(made.code).toBe(0);
    expect(JSON.parse(made.stdout)).toMatchObject({ documents: 1 });
    expect(readFileSync(join(copy, 'index.html'), 'utf8')).toMatch(
      /<html lang="vi">[^]*Bản sao này gồm 1 tài liệu/,
    );
  });

  it('exports a reading list in its order with its note and its items’ notes, refusing --list beside filters', async () => {
    const { home, db } = indexedLibrary();
    const found = JSON.parse(
      portal(['search', '--sort', 'title', '--json', '--db', db], home).stdout,
    ).hits as { id: string; title: string }[];
    const [fieldNotes, vietnamese] = found;
    await makeReadingList(db, 'Reintegration', [
      { documentId: vietnamese!.id, note: 'Read before day two' },
      { documentId: fieldNotes!.id },
    ]);
    const copy = join(tempFolder(), 'copy');
    const made = portal(
      ['export-site', copy, '--list', 'Reintegration', '--json', '--db', db],
      home,
    );
    expect(made.stderr).toBe('');
    expect(JSON.parse(made.stdout)).toMatchObject({ documents: 2, leftOut: [] });
    const index = readFileSync(join(copy, 'index.html'), 'utf8');
    expect(index).toContain('the reading list “Reintegration”');
    expect(index).toMatch(/<section class="copy-list-note"[^>]*>\n<p>About Reintegration<\/p>/);
    const catalog = readFileSync(join(copy, 'data', 'catalog.js'), 'utf8');
    expect(catalog).toContain('Read before day two');
    expect(catalog.indexOf(vietnamese!.id)).toBeLessThan(catalog.indexOf(fieldNotes!.id));

    const mixed = portal(
      [
        'export-site',
        join(tempFolder(), 'copy'),
        '--list',
        'Reintegration',
        '--country',
        'VN',
        '--db',
        db,
      ],
      home,
    );
    expect(mixed).toMatchObject({ code: 2, stderr: expect.stringMatching(/leave out --country/) });
    const missing = portal(
      ['export-site', join(tempFolder(), 'copy'), '--list', 'reintegration', '--db', db],
      home,
    );
    expect(missing).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(
        /No reading list is named "reintegration"\. The reading lists: "Reintegration"\./,
      ),
    });
  }, 120_000);

  it('gives clear messages for bad arguments and writes nothing', () => {
    const { home, db } = indexedLibrary();
    const copy = join(tempFolder(), 'copy');
    const cases: [string[], RegExp][] = [
      [['export-site'], /give one folder/],
      [['export-site', copy, 'extra'], /give one folder/],
      [['export-site', copy, '--country', 'Vietnam'], /two-letter codes/],
      [['export-site', copy, '--type', 'novel'], /--type must be one of/],
      [['export-site', copy, '--year', 'soon'], /--year must be a year/],
      [['export-site', copy, '--theme', 'no-such-theme'], /No theme matches "no-such-theme"/],
      [['export-site', copy, '--made-by', ' '], /--made-by takes a name/],
      [['export-site', copy, '--copy-language', 'fr'], /--copy-language takes one of en, vi/],
      [['export-site', copy, '--db', join(home, 'missing.sqlite')], /No library database at/],
    ];
    for (const [args, message] of cases) {
      const r = portal(args.includes('--db') ? args : [...args, '--db', db], home);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(message);
    }
    expect(existsSync(copy)).toBe(false);
    // Ten runs of the command line, each a Node process that loads the engine.
  }, 180_000);
});
