// `portal index --ocr` and `portal ocr run`: the scanned pages read after indexing and their
// documents indexed again, so the next search finds them; every OCR flag checked before any
// work starts, with a clear message.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { portal } from '../helpers/portal-cli.ts';

const home = mkdtempSync(join(tmpdir(), 'portal-ocr-run-cli-'));
afterAll(() => rmSync(home, { recursive: true, force: true }));
const scan = resolve(import.meta.dirname, '../fixtures/ocr/scan-en-vi.pdf');

function scannedFolder(name: string): string {
  const folder = join(home, name);
  mkdirSync(folder);
  copyFileSync(scan, join(folder, 'scan-en-vi.pdf'));
  writeFileSync(
    join(folder, 'catalog.yaml'),
    'version: 1\ndocuments:\n  - { file: scan-en-vi.pdf, type: handbook, title: Handbook scan, language: vi }\n',
  );
  return folder;
}

describe('portal index --ocr and portal ocr run', () => {
  it('reads the scanned pages after indexing, and a search finds their words', () => {
    const folder = scannedFolder('with-ocr');
    const db = join(home, 'with-ocr.sqlite');
    const indexed = portal(['index', folder, '--db', db, '--ocr', '--json'], home);
    expect(indexed.code, indexed.stderr).toBe(0);
    const report = JSON.parse(indexed.stdout) as { indexed: number; ocr: { recognised: number } };
    expect(report).toMatchObject({ indexed: 1, ocr: { recognised: 2, failed: [], reindexed: 1 } });
    const found = portal(['search', 'Zalo', '--db', db, '--json'], home);
    expect(JSON.parse(found.stdout)).toMatchObject({ total: 1, hits: [{ pages: [{ page: 2 }] }] });
    // Nothing is read twice: a second run finds no page waiting.
    const again = portal(['ocr', 'run', '--db', db], home);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/^OCR: 0 pages read, 0 failed, 0 documents indexed again/);
  }, 300_000);

  it('leaves scanned pages waiting without --ocr, or with --no-ocr, for portal ocr run', () => {
    const folder = scannedFolder('without-ocr');
    const db = join(home, 'without-ocr.sqlite');
    for (const flags of [[], ['--no-ocr']]) {
      const indexed = portal(['index', folder, '--db', db, ...flags], home);
      expect(indexed.code, indexed.stderr).toBe(0);
      expect(indexed.stdout).not.toMatch(/OCR:/);
    }
    expect(JSON.parse(portal(['search', 'Zalo', '--db', db, '--json'], home).stdout)).toMatchObject(
      { total: 0 },
    );
    const run = portal(['ocr', 'run', '--db', db, '--ocr-workers', '1'], home);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^OCR: 2 pages read, 0 failed, 1 document indexed again/);
    expect(JSON.parse(portal(['search', 'Zalo', '--db', db, '--json'], home).stdout)).toMatchObject(
      { total: 1 },
    );
  }, 300_000);

  it('refuses bad OCR flags before any work, with the reason', () => {
    const folder = join(home, 'bad-flags');
    mkdirSync(folder);
    const db = join(home, 'bad-flags.sqlite');
    const refusals: [string[], RegExp][] = [
      [
        ['index', folder, '--db', db, '--ocr', '--ocr-workers', '0'],
        /--ocr-workers must be at least 1/,
      ],
      [
        ['index', folder, '--db', db, '--ocr', '--ocr-workers', 'two'],
        /--ocr-workers must be a number/,
      ],
      [
        ['index', folder, '--db', db, '--ocr', '--ocr-workers', '9'],
        /--ocr-workers must be at most 4/,
      ],
      [['index', folder, '--db', db, '--ocr-workers', '2'], /--ocr-workers goes with --ocr/],
      [['index', folder, '--db', db, '--ocr-data', home], /--ocr-data goes with --ocr/],
      [['index', folder, '--db', db, '--no-ocr', '--ocr-data', home], /--no-ocr cannot go with/],
      [
        ['index', folder, '--db', db, '--ocr', '--ocr-data', join(home, 'none')],
        /--ocr-data: the folder .* does not exist/,
      ],
      [['index', folder, '--db', db, '--ocr', '--ocr-data', scan], /--ocr-data: .* is a file/],
      [['ocr', 'run', 'extra.pdf', '--db', db], /takes no file/],
      [['ocr', 'run', '--db', join(home, 'missing.sqlite')], /No library database at/],
    ];
    for (const [args, message] of refusals) {
      const refused = portal(args, home);
      expect(refused.code, args.join(' ')).not.toBe(0);
      expect(refused.stderr, args.join(' ')).toMatch(message);
    }
  });
});
