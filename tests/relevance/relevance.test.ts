// Search quality in every language of the region: the multilingual test library is indexed into a
// temporary SQLite file, every query of queries.yaml is run, and recall@10 and MRR are reported per
// language and per kind of query.
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { parse, stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPortal, type Portal } from '#core/portal.ts';
import { unpackPageText } from '#core/store/library/page-text.ts';
import type { SearchHit } from '#shared/types.ts';
import {
  LIBRARY_DIR,
  readSources,
  type FixtureSource,
} from '#scripts/fixtures/make-multilingual-library.ts';
import {
  figuresBy,
  formatFigures,
  loadRelevanceSet,
  rankedAhead,
  recallAt,
  type Judged,
  type RelevanceQuery,
} from './relevance-set.ts';

const K = 10;
const MIN_RECALL = 0.95;
const SEA_LANGUAGES = ['th', 'lo', 'km', 'my'];

const queries = loadRelevanceSet(resolve(import.meta.dirname, 'queries.yaml'));
const sources = readSources();
const languageOf = new Map(sources.map((s) => [s.output, s.language]));

const tempFolders: string[] = [];
function tempFolder(prefix: string): string {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  tempFolders.push(folder);
  return folder;
}

interface IndexedLibrary {
  portal: Portal;
  dbPath: string;
  /** Library file for each document id (the SHA-256 of its bytes). */
  fileOf: Map<string, string>;
}

async function indexLibrary(folder: string): Promise<IndexedLibrary> {
  const data = tempFolder('relevance-db-');
  const dbPath = join(data, 'library.sqlite');
  const portal = openPortal({
    libraryDbPath: dbPath,
    userDbPath: join(data, 'user.sqlite'),
    libraryFolder: folder,
  });
  const report = await portal.index(folder, { workers: 0 });
  expect(report.entries.filter((e) => e.outcome === 'skipped')).toEqual([]);
  const fileOf = new Map<string, string>();
  for (const file of readdirSync(folder)) {
    if (!file.endsWith('.yaml'))
      fileOf.set(
        createHash('sha256')
          .update(readFileSync(join(folder, file)))
          .digest('hex'),
        file,
      );
  }
  return { portal, dbPath, fileOf };
}

/** A library of only `files`, with their catalog entries. */
function subLibrary(files: string[]): string {
  const folder = tempFolder('relevance-subset-');
  for (const file of files) copyFileSync(join(LIBRARY_DIR, file), join(folder, file));
  copyFileSync(join(LIBRARY_DIR, 'taxonomy.yaml'), join(folder, 'taxonomy.yaml'));
  const catalog = parse(readFileSync(join(LIBRARY_DIR, 'catalog.yaml'), 'utf8')) as {
    documents: { file: string }[];
  };
  catalog.documents = catalog.documents.filter((d) => files.includes(d.file));
  writeFileSync(join(folder, 'catalog.yaml'), stringify(catalog));
  return folder;
}

async function search(library: IndexedLibrary, query: string, limit = K): Promise<string[]> {
  const result = await library.portal.api.search({ query, limit });
  if (!result.ok) throw new Error(`"${query}": ${result.error.message}`);
  return result.value.hits.map(
    (hit: SearchHit) => library.fileOf.get(hit.document.id) ?? `unknown ${hit.document.id}`,
  );
}

let library: IndexedLibrary;
const figureTables: string[] = [];

beforeAll(async () => {
  library = await indexLibrary(LIBRARY_DIR);
}, 120_000);

afterAll(() => {
  library?.portal.close();
  if (figureTables.length > 0) console.log(figureTables.join('\n\n'));
  for (const folder of tempFolders) rmSync(folder, { recursive: true, force: true });
});

describe('the relevance test set', () => {
  it('names only files of the library, with at least 60 queries over seven languages', () => {
    const files = new Set(sources.map((s) => s.output));
    for (const q of queries)
      for (const file of [...q.expect, ...(q.before ?? []), ...(q.not ?? [])])
        expect(files, `${q.query} names ${file}`).toContain(file);
    expect(queries.length).toBeGreaterThanOrEqual(60);
    for (const language of ['en', 'vi', 'th', 'lo', 'km', 'my', 'id']) {
      expect(
        queries.filter((q) => q.language === language).length,
        language,
      ).toBeGreaterThanOrEqual(8);
    }
  });
});

describe('search quality in every language', () => {
  it(`returns the expected documents among the first ${K} results (recall@${K} of at least ${MIN_RECALL})`, async () => {
    const judged: Judged[] = [];
    for (const query of queries)
      judged.push({ query, returned: await search(library, query.query) });
    figureTables.push(
      formatFigures(
        'Relevance per language',
        figuresBy(judged, (j) => j.query.language, K),
        K,
      ),
      formatFigures(
        'Relevance per kind of query',
        figuresBy(judged, (j) => j.query.kind, K),
        K,
      ),
    );
    const misses = judged
      .filter((j) => recallAt(K, j) < 1)
      .map((j) => `${j.query.query} -> [${j.returned.join(', ')}]`);
    if (misses.length > 0)
      figureTables.push(`Queries missing an expected document:\n  ${misses.join('\n  ')}`);
    const overall = figuresBy(judged, () => 'all', K).at(-1)!;
    expect(overall.recall).toBeGreaterThanOrEqual(MIN_RECALL);
  });

  it('ranks the expected documents above those the queries name as coming after them', async () => {
    const wrong: string[] = [];
    for (const query of queries.filter((q) => q.before !== undefined)) {
      const ahead = rankedAhead({ query, returned: await search(library, query.query, 100) });
      if (ahead.length > 0) wrong.push(`${query.query}: ${ahead.join(', ')} ranked too high`);
    }
    expect(wrong).toEqual([]);
  });

  it('returns none of the documents the queries name as not to be found', async () => {
    const wrong: string[] = [];
    for (const query of queries.filter((q) => q.not !== undefined)) {
      const returned = await search(library, query.query, 100);
      const found = (query.not ?? []).filter((file) => returned.includes(file));
      if (found.length > 0) wrong.push(`${query.query}: ${found.join(', ')} found`);
    }
    expect(wrong).toEqual([]);
  });

  it('finds the same documents whether a query arrives composed (NFC) or decomposed (NFD)', async () => {
    for (const { query } of queries) {
      expect(await search(library, query.normalize('NFD')), query).toEqual(
        await search(library, query.normalize('NFC')),
      );
    }
  });

  it('answers queries in one script the same whether or not other scripts are in the library', async () => {
    const judgedAlone = (q: RelevanceQuery) =>
      q.kind !== 'mixed' && SEA_LANGUAGES.includes(q.language);
    for (const language of SEA_LANGUAGES) {
      const ownFiles = sources.filter((s) => s.language === language).map((s) => s.output);
      const alone = await indexLibrary(subLibrary(ownFiles));
      try {
        for (const q of queries.filter(
          (query) => judgedAlone(query) && query.language === language,
        )) {
          const inFullLibrary = (await search(library, q.query, 100)).filter(
            (file) => languageOf.get(file) === language,
          );
          expect((await search(alone, q.query, 100)).sort(), q.query).toEqual(inFullLibrary.sort());
          expect(inFullLibrary.length, q.query).toBeGreaterThan(0);
        }
      } finally {
        alone.portal.close();
      }
    }
  }, 120_000);
});

describe('what the index holds', () => {
  it('never stores U+0000 or U+FFFD in page text', () => {
    const db = new Database(library.dbPath, { readonly: true });
    try {
      const pages = (db.prepare('SELECT packed_text FROM pages').pluck().all() as Buffer[]).map(
        unpackPageText,
      );
      expect(pages.length).toBeGreaterThan(sources.length);
      expect(pages.filter((text) => text.includes('\u0000') || text.includes('\uFFFD'))).toEqual(
        [],
      );
    } finally {
      db.close();
    }
  });

  it("stores each document's language, detected where the catalog does not give it, and counts it in the language facet", async () => {
    const result = await library.portal.api.search({ query: '', limit: 100 });
    if (!result.ok) throw new Error(result.error.message);
    const stored = Object.fromEntries(
      result.value.hits.map((h) => [library.fileOf.get(h.document.id), h.document.language]),
    );
    const expected = Object.fromEntries(sources.map((s: FixtureSource) => [s.output, s.language]));
    expect(stored).toEqual(expected);
    expect(sources.filter((s) => s.catalog !== 'full').length).toBeGreaterThanOrEqual(8);
    const facet = Object.fromEntries(result.value.facets.languages.map((f) => [f.value, f.count]));
    const counts: Record<string, number> = {};
    for (const s of sources) counts[s.language] = (counts[s.language] ?? 0) + 1;
    expect(facet).toEqual(counts);
  });
});
