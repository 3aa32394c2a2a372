import { describe, expect, it } from 'vitest';
import type { CatalogDocument } from '#core/ingest/catalog-schema.ts';
import type { FileContent } from '#core/ingest/hash-files.ts';
import type { CatalogDescription, RunPlan } from '#core/ingest/plan-run.ts';
import { planRun } from '#core/ingest/plan-run.ts';
import type { StoredDocument } from '#core/store/library/indexer-records.ts';
import { TEXT_VERSION } from '#core/text/text-version.ts';

interface Stored {
  path: string | null;
  id: string;
  hash?: string;
  source?: 'catalog' | 'file' | 'user';
  textVersion?: number;
}

interface Case {
  name: string;
  /** Path → what hashing it gave; null for a file that is not hashed (unsupported, or cancelled). */
  files: Record<string, FileContent | null>;
  /** Path → fingerprint of its catalog description; absent for a folder without a catalog. */
  catalog?: Record<string, string>;
  stored?: Stored[];
  /** Stored document id → the page limit that stopped its reading (its time limit the default's). */
  readInPart?: Record<string, number>;
  /** This run's page limit, when raised above the default's. */
  pagesPerFile?: number;
  expected: string[];
}

const DEFAULT_LIMITS = { pagesPerFile: 5000, secondsPerFile: 120 };

const UNSUPPORTED =
  'This kind of file is not supported (PDF, Word .docx, Markdown, HTML and plain text are).';
const NOT_IN_FOLDER = 'The catalog describes this file, but it is not in the library folder.';

const cases: Case[] = [
  {
    name: 'a new file is extracted',
    files: { 'a.md': { id: 'A' } },
    expected: ['a.md: extract'],
  },
  {
    name: 'an unchanged file is left alone',
    files: { 'a.md': { id: 'A' } },
    stored: [{ path: 'a.md', id: 'A' }],
    expected: ['a.md: unchanged'],
  },
  {
    name: 'a document the limits stopped stays as it is when the run allows no more',
    files: { 'long.pdf': { id: 'L' } },
    stored: [{ path: 'long.pdf', id: 'L' }],
    readInPart: { L: 5000 },
    expected: ['long.pdf: unchanged'],
  },
  {
    name: 'a document the limits stopped is read again when the run allows it more pages',
    files: { 'long.pdf': { id: 'L' }, 'a.md': { id: 'A' } },
    stored: [
      { path: 'long.pdf', id: 'L' },
      { path: 'a.md', id: 'A' },
    ],
    readInPart: { L: 5000 },
    pagesPerFile: 60000,
    expected: ['a.md: unchanged', 'long.pdf: extract, replacing L, read again'],
  },
  {
    name: 'changed bytes are extracted in place of the stored document',
    files: { 'a.md': { id: 'B' } },
    stored: [{ path: 'a.md', id: 'A' }],
    expected: ['a.md: extract, replacing A'],
  },
  {
    name: 'a catalog-only change refreshes the description without reading the file',
    files: { 'a.md': { id: 'A' } },
    catalog: { 'a.md': 'new' },
    stored: [{ path: 'a.md', id: 'A', hash: 'old', source: 'catalog' }],
    expected: ['a.md: refresh'],
  },
  {
    name: 'an unchanged catalog description leaves the file alone',
    files: { 'a.md': { id: 'A' } },
    catalog: { 'a.md': 'same' },
    stored: [{ path: 'a.md', id: 'A', hash: 'same', source: 'catalog' }],
    expected: ['a.md: unchanged'],
  },
  {
    name: "a person's edit is kept while the catalog description is unchanged",
    files: { 'a.md': { id: 'A' } },
    catalog: { 'a.md': 'same' },
    stored: [{ path: 'a.md', id: 'A', hash: 'same', source: 'user' }],
    expected: ['a.md: unchanged'],
  },
  {
    name: "a changed catalog description replaces a person's edit",
    files: { 'a.md': { id: 'A' } },
    catalog: { 'a.md': 'new' },
    stored: [{ path: 'a.md', id: 'A', hash: 'old', source: 'user' }],
    expected: ['a.md: refresh'],
  },
  {
    name: "a person's edit is kept when the file is read again, even with a changed catalog",
    files: { 'a.md': { id: 'A' } },
    catalog: { 'a.md': 'new' },
    stored: [{ path: 'a.md', id: 'A', hash: 'old', source: 'user', textVersion: 0 }],
    expected: ['a.md: extract, replacing A, read again, keeping the edit'],
  },
  {
    name: 'a file read by an older engine is read again',
    files: { 'a.md': { id: 'A' } },
    stored: [{ path: 'a.md', id: 'A', source: 'file', textVersion: 0 }],
    expected: ['a.md: extract, replacing A, read again'],
  },
  {
    name: 'the same new bytes at two paths are indexed once',
    files: { 'a.md': { id: 'A' }, 'b.md': { id: 'A' } },
    expected: ['a.md: extract', 'b.md: duplicate of a new file'],
  },
  {
    name: 'new bytes the same as a stored file still in the folder are a duplicate of it',
    files: { 'a.md': { id: 'A' }, 'b.md': { id: 'A' } },
    stored: [{ path: 'b.md', id: 'A' }],
    expected: ['a.md: duplicate of b.md', 'b.md: unchanged'],
  },
  {
    name: 'a moved file is indexed under its new path and its old path removed',
    files: { 'new/a.md': { id: 'A' } },
    stored: [{ path: 'old/a.md', id: 'A' }],
    expected: ['new/a.md: moved from old/a.md', 'old/a.md: removed'],
  },
  {
    name: 'a moved file copied twice is indexed once',
    files: { 'b.md': { id: 'A' }, 'c.md': { id: 'A' } },
    stored: [{ path: 'a.md', id: 'A' }],
    expected: ['b.md: moved from a.md', 'c.md: duplicate of a new file', 'a.md: removed'],
  },
  {
    name: 'a removed file is removed; news entries are left to their own step',
    files: {},
    stored: [
      { path: 'a.md', id: 'A' },
      { path: null, id: 'E' },
    ],
    expected: ['a.md: removed'],
  },
  {
    name: 'an unsupported file is reported and not read',
    files: { 'picture.bmp': null },
    expected: [`picture.bmp: skipped — ${UNSUPPORTED}`],
  },
  {
    name: 'a catalog description without its file is reported',
    files: { 'a.md': { id: 'A' } },
    catalog: { 'missing.pdf': 'h' },
    expected: [`missing.pdf: skipped — ${NOT_IN_FOLDER}`, 'a.md: extract'],
  },
  {
    name: 'a file that could not be read is reported',
    files: { 'a.md': { unreadable: 'The file could not be read: EACCES' } },
    stored: [{ path: 'a.md', id: 'A' }],
    expected: ['a.md: unreadable (The file could not be read: EACCES)'],
  },
  {
    name: 'a file not hashed before a cancel gets no step and is not removed',
    files: { 'a.md': { id: 'A' }, 'b.md': null },
    stored: [{ path: 'b.md', id: 'B' }],
    expected: ['a.md: extract'],
  },
];

const catalogEntry = (file: string): CatalogDocument => ({
  file,
  type: 'report',
  title: file,
  countries: [],
  organisations: [],
  themes: [],
  summary: '',
  keywords: [],
});

function storedDocument(s: Stored, rowid: number): StoredDocument {
  return {
    rowid,
    id: s.id,
    path: s.path,
    entry_key: s.path === null ? `entry:${s.id}` : null,
    metadata_hash: s.hash ?? '',
    metadata_source: s.source ?? 'file',
    added_at: '2026-01-01T00:00:00.000Z',
    text_version: s.textVersion ?? TEXT_VERSION,
  };
}

function plan(c: Case): RunPlan {
  const paths = Object.keys(c.files).sort();
  const contents = new Map<string, FileContent>();
  for (const path of paths) if (c.files[path]) contents.set(path, c.files[path]);
  const catalog = c.catalog
    ? new Map<string, CatalogDescription>(
        Object.entries(c.catalog).map(([path, hash]) => [
          path,
          { entry: catalogEntry(path), hash },
        ]),
      )
    : null;
  return planRun({
    files: paths.map((path) => ({ path, absolutePath: `/library/${path}`, size: 1 })),
    contents,
    catalog,
    catalogProblems: [],
    stored: (c.stored ?? []).map(storedDocument),
    readInPart: new Map(
      Object.entries(c.readInPart ?? {}).map(([id, pagesPerFile]) => [
        id,
        { ...DEFAULT_LIMITS, pagesPerFile },
      ]),
    ),
    limits: { ...DEFAULT_LIMITS, pagesPerFile: c.pagesPerFile ?? DEFAULT_LIMITS.pagesPerFile },
  });
}

/** One line per decision, in the order the run carries them out. */
function summarise(p: RunPlan): string[] {
  const details = (step: RunPlan['files'][number]): string => {
    switch (step.kind) {
      case 'extract':
        return [
          'extract',
          step.previous && `replacing ${step.previous.id}`,
          step.reread && 'read again',
          step.edit && 'keeping the edit',
        ]
          .filter(Boolean)
          .join(', ');
      case 'moved':
        return `moved from ${step.from.path}`;
      case 'duplicate':
        return `duplicate of ${step.of ?? 'a new file'}`;
      case 'unreadable':
        return `unreadable (${step.message})`;
      default:
        return step.kind;
    }
  };
  return [
    ...p.skipped.map((e) => `${e.path}: skipped — ${e.message}`),
    ...p.files.map((step) => `${step.file.path}: ${details(step)}`),
    ...p.removed.map((d) => `${d.path}: removed`),
  ];
}

describe('planRun', () => {
  it.each(cases)('$name', (c) => {
    expect(summarise(plan(c))).toEqual(c.expected);
  });

  it('reports catalog problems first, as they were found', () => {
    const p = planRun({
      files: [],
      contents: new Map(),
      catalog: null,
      catalogProblems: [{ file: 'catalog.yaml', message: 'catalog.yaml could not be read.' }],
      stored: [],
      readInPart: new Map(),
      limits: DEFAULT_LIMITS,
    });
    expect(summarise(p)).toEqual(['catalog.yaml: skipped — catalog.yaml could not be read.']);
  });

  it('carries the catalog description a refreshed or extracted file is to get', () => {
    const p = plan(cases.find((c) => c.name.startsWith('a catalog-only change'))!);
    expect(p.files[0]).toMatchObject({ kind: 'refresh', catalog: { hash: 'new' } });
  });
});
