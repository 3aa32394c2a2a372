// The CLI's --json answers on a small library, compared with files kept under
// tests/fixtures/cli-golden: what changes from run to run (timings, dates, file sizes) is replaced
// by a placeholder first. After a deliberate change of output, run vitest with -u and review the diff.
import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { tempFolderFor } from '../helpers/temp-folder.ts';

const CLI = resolve(import.meta.dirname, '..', '..', 'scripts', 'portal.ts');
const SOURCE = resolve(import.meta.dirname, '..', 'fixtures', 'multilingual', 'library');
const GOLDEN = resolve(import.meta.dirname, '..', 'fixtures', 'cli-golden');

/** One file of each format, in several languages and scripts. */
const FILES = [
  'en-digital-evidence.html',
  'en-financial-investigation.docx',
  'en-fishing-vessels-inspection.md',
  'en-child-online-exploitation.txt',
  'th-digital-evidence.html',
  'km-mutual-legal-assistance.html',
  'vi-chung-cu-dien-tu.pdf',
  'lo-court-trial-guidance.pdf',
];

const VOLATILE = new Set(['elapsedMs', 'tookMs', 'addedAt', 'databaseBytes']);

function normalised(json: string): string {
  const value: unknown = JSON.parse(json);
  return `${JSON.stringify(value, (key, v: unknown) => (VOLATILE.has(key) ? `<${key}>` : v), 2)}\n`;
}

const golden = (name: string) => join(GOLDEN, `${name}.json`);

let home = '';
let folder = '';

function portal(args: string[]): string {
  const r = spawnSync(
    process.execPath,
    [CLI, ...args, '--json', '--db', join(home, 'library.sqlite')],
    { encoding: 'utf8', env: { ...process.env, PORTAL_HOME: home } },
  );
  if (r.status !== 0) throw new Error(`portal ${args.join(' ')} failed: ${r.stderr}`);
  return normalised(r.stdout);
}

/** A copy of part of the multilingual library, with an organisation to filter by and a damaged file. */
function writeLibrary(target: string): void {
  for (const file of FILES) copyFileSync(join(SOURCE, file), join(target, file));
  const taxonomy = parse(readFileSync(join(SOURCE, 'taxonomy.yaml'), 'utf8')) as Record<
    string,
    unknown
  >;
  taxonomy.organisations = [
    { id: 'unodc', name: 'United Nations Office on Drugs and Crime', kind: 'un-agency' },
  ];
  writeFileSync(join(target, 'taxonomy.yaml'), stringify(taxonomy));
  const catalog = parse(readFileSync(join(SOURCE, 'catalog.yaml'), 'utf8')) as {
    documents: { file: string; organisations?: { id: string; role: string }[] }[];
  };
  catalog.documents = catalog.documents.filter((d) => FILES.includes(d.file));
  for (const d of catalog.documents) {
    if (d.file.includes('digital-evidence')) d.organisations = [{ id: 'unodc', role: 'publisher' }];
  }
  writeFileSync(join(target, 'catalog.yaml'), stringify(catalog));
  writeFileSync(join(target, 'broken.pdf'), '%PDF-1.7\n1 0 obj << /Type /Catalog');
}

let firstIndex = '';

beforeAll(() => {
  home = tempFolderFor('cli-golden-home');
  folder = tempFolderFor('cli-golden-library');
  writeLibrary(folder);
  firstIndex = portal(['index', folder]);
});

describe('the CLI answers as before', () => {
  it('index: the report of a first run, then of a run with nothing changed', async () => {
    await expect(firstIndex).toMatchFileSnapshot(golden('index'));
    await expect(portal(['index', folder])).toMatchFileSnapshot(golden('index-again'));
  });

  it.each([
    ['search-words', ['digital evidence']],
    ['search-phrase', ['"mutual legal assistance"']],
    ['search-prefix-exclusion', ['invest* -fishing']],
    ['search-vietnamese-without-tones', ['chung cu dien tu']],
    ['search-thai', ['หลักฐาน']],
    ['search-filters', ['evidence', '--country', 'TH,KH', '--type', 'toolkit', '--lang', 'EN']],
    ['search-organisation', ['evidence', '--org', 'drugs and crime']],
    ['search-theme-by-title', ['', '--theme', 'Digital evidence', '--sort', 'title']],
    ['search-by-year-paged', ['trafficking', '--sort', 'year', '--limit', '3', '--offset', '1']],
  ])('search: %s', async (name, args) => {
    await expect(portal(['search', ...args])).toMatchFileSnapshot(golden(name));
  });

  it('stats', async () => {
    await expect(portal(['stats'])).toMatchFileSnapshot(golden('stats'));
  });

  it('show: a document found by the first 12 characters of its id', async () => {
    const hits = JSON.parse(portal(['search', 'digital evidence'])) as { hits: { id: string }[] };
    await expect(portal(['show', hits.hits[0]!.id.slice(0, 12)])).toMatchFileSnapshot(
      golden('show'),
    );
  });
});
