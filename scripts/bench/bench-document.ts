// One document of the benchmark's search library, made from its number alone (its own seed), with
// its pages put through the library's own text pipeline, as ingest would index them.
import { indexPage } from '#core/ingest/index-page.ts';
import type { DocumentRecord } from '#core/library/document-record.ts';
import { DOCUMENT_TYPES } from '#shared/types.ts';
import { seededRandom } from '../seeded-random.ts';
import type { IndexedPage } from '#core/library/document-record.ts';
import type { RegionLanguage } from './region-languages.ts';
import { documentLanguage, LANGUAGES, pageCount, prose, subject } from './synthetic-text.ts';
import type { Subject } from './synthetic-text.ts';

export const COUNTRIES = ['BN', 'KH', 'ID', 'LA', 'MY', 'MM', 'PH', 'SG', 'TH', 'VN'];
// Publications with pages of text, of the kinds the cached corpora were made with.
const TYPES = DOCUMENT_TYPES.filter(
  (type) => !['fact-sheet', 'legislation', 'news', 'event'].includes(type),
);

/** Each document's page count, up to `totalPages` in all (the last one cut to fit). */
export function documentLengths(totalPages: number): number[] {
  const lengths: number[] = [];
  for (let total = 0; total < totalPages;) {
    const pages = Math.min(pageCount(seededRandom(lengths.length + 1)), totalPages - total);
    lengths.push(pages);
    total += pages;
  }
  return lengths;
}

/**
 * Distinct pages per language and subject. The text pipeline is most of a build's time (Thai
 * about 10 ms a page), so a million pages are drawn from a pool of indexed pages: each document
 * still has its own mix, and the words' document and occurrence counts stay those of the prose.
 */
const PAGES_PER_SUBJECT = 24;
const pagePool = new Map<string, IndexedPage>();

function poolPage(language: RegionLanguage, about: Subject, slot: number): IndexedPage {
  const key = `${language.code}:${about.join('-')}:${slot}`;
  let page = pagePool.get(key);
  if (!page) {
    const seed = LANGUAGES.indexOf(language) * 100_000 + (about[0]! * 8 + (about[1] ?? 8)) * 100;
    page = indexPage(prose(seededRandom(seed + slot), 2200, about, language));
    pagePool.set(key, page);
  }
  return page;
}

/** Document number `d`, of `pageTotal` pages: page counts, topics and language from its seed. */
export function benchDocument(d: number, pageTotal: number): DocumentRecord {
  const rand = seededRandom(d + 1);
  rand();
  const about = subject(rand);
  const language = documentLanguage(rand);
  const pages = Array.from({ length: pageTotal }, () =>
    poolPage(language, about, Math.floor(rand() * PAGES_PER_SUBJECT)),
  );
  return {
    id: `bench-${d}`,
    path: `bench/${d}.pdf`,
    entryKey: null,
    format: 'pdf',
    sizeBytes: 0,
    outline: [],
    pages,
    uncatalogued: false,
    metadataSource: 'catalog',
    metadataHash: '',
    metadata: {
      title: prose(rand, 40, about, language).split(language.stop.trim() || '.')[0]!,
      type: TYPES[d % TYPES.length]!,
      language: language.code,
      year: 2010 + (d % 15),
      date: null,
      summary: prose(rand, 300, about, language),
      keywords: [],
      countries: [COUNTRIES[d % COUNTRIES.length]!, COUNTRIES[(d * 7) % COUNTRIES.length]!],
      organisations: [],
      themes: [],
      links: [],
    },
  };
}
