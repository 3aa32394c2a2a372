import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { portal } from '../helpers/portal-cli.ts';
import { tempFolder, writeFiles } from '../helpers/temp-folder.ts';

const FIXTURE_PDF = resolve(import.meta.dirname, '..', 'fixtures', 'pdf', 'english-handbook.pdf');

describe('portal CLI', () => {
  it('indexes a folder, searches it as text and JSON, shows stats and a document', () => {
    const home = tempFolder();
    const folder = tempFolder();
    writeFiles(folder, {
      'notes.md': '# Field notes\n\nThe shelter referral worked well for the survivors.',
      'broken.pdf': '%PDF-1.7\n1 0 obj << /Type /Catalog',
    });
    const db = join(home, 'lib.sqlite');
    const index = portal(['index', folder, '--db', db], home);
    expect(index.code).toBe(0);
    expect(index.stdout).toMatch(/Indexed 1, .* skipped 1/);
    expect(index.stdout).toMatch(/broken\.pdf: .*(damaged|corrupt|truncated|invalid)/i);

    const text = portal(['search', 'shelter referral', '--db', db], home);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/1 document/);
    expect(text.stdout).toMatch(/p\. 1: .*\[shelter\] \[referral\]/);

    const json = JSON.parse(portal(['search', 'shelter', '--json', '--db', db], home).stdout);
    expect(json).toMatchObject({
      total: 1,
      hits: [{ title: 'Field notes', pages: [{ page: 1 }] }],
    });
    expect(json.hits[0].id).toMatch(/^[0-9a-f]{64}$/);
    expect(typeof json.tookMs).toBe('number');
    expect(json.facets.languages).toEqual([{ value: 'en', label: 'English', count: 1 }]);

    expect(portal(['stats', '--db', db], home).stdout).toMatch(/Documents:\s+1 \(1 pages\)/);
    const show = portal(['show', json.hits[0].id.slice(0, 12), '--db', db], home);
    expect(show.code).toBe(0);
    expect(show.stdout).toMatch(/Field notes\n\s+id:\s+[0-9a-f]{64}/);
  });

  it('refuses to index a different folder into an existing library without --replace', () => {
    const home = tempFolder();
    const [a, b] = [tempFolder(), tempFolder()];
    writeFiles(a, { 'a.txt': 'alpha' });
    writeFiles(b, { 'b.txt': 'bravo' });
    const db = join(home, 'lib.sqlite');
    expect(portal(['index', a, '--db', db], home).code).toBe(0);
    const refused = portal(['index', b, '--db', db], home);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/would remove those documents.*--replace/s);
    expect(portal(['index', b, '--db', db, '--replace'], home).stdout).toMatch(
      /Indexed 1, .*removed 1/,
    );
  });

  it('gives clear messages for bad arguments', () => {
    const home = tempFolder();
    const cases: [string[], RegExp][] = [
      [['frobnicate'], /Unknown command "frobnicate"/],
      [['index'], /give the folder/],
      [['index', '/no/such/folder', '--db', join(home, 'x.sqlite')], /does not exist/],
      [
        ['search', 'x', '--limit', 'many', '--db', join(home, 'missing.sqlite')],
        /--limit must be a number/,
      ],
      [['search', 'x', '--country', 'Vietnam'], /two-letter codes/],
      [['search', 'x', '--db', join(home, 'missing.sqlite')], /No library database at/],
      [['search', 'x', '--bogus'], /Unknown option '--bogus'/],
      [['show'], /give a document id/],
    ];
    for (const [args, message] of cases) {
      const r = portal(args, home);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(message);
    }
    // Eight runs of the command line, each a Node process that loads the engine.
  }, 180_000);

  it('builds the default library from the sample library on first use', () => {
    const home = tempFolder();
    const r = portal(['stats'], home);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/First use: building the library/);
    expect(r.stdout).toMatch(/Documents:\s+[1-9]/);
    expect(portal(['stats'], home).stderr).not.toMatch(/First use/);
  });

  it('indexes a real PDF', () => {
    const home = tempFolder();
    const folder = tempFolder();
    writeFiles(folder, {});
    spawnSync('cp', [FIXTURE_PDF, folder]);
    const db = join(home, 'lib.sqlite');
    expect(portal(['index', folder, '--db', db], home).stdout).toMatch(/Indexed 1,/);
    const json = JSON.parse(
      portal(['search', 'mutual legal assistance', '--json', '--db', db], home).stdout,
    );
    expect(json.total).toBe(1);
    expect(json.hits[0].pages.length).toBeGreaterThan(0);
  });
});
