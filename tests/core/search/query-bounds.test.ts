// Queries that would keep the library busy for seconds are refused before they run, with the
// code the interface says in its language; ordinary ones, typed or submitted, answer as before.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPortal } from '#core/portal.ts';
import type { Portal } from '#core/portal.ts';
import { parseQuery } from '#shared/search/query-parser.ts';
import type { SearchRequest } from '#shared/types.ts';
import { tempFolderFor, writeFiles } from '../../helpers/temp-folder.ts';

const THAI =
  'ศาลควรคุ้มครองผู้เสียหายจากการค้ามนุษย์ในทุกขั้นตอนของการพิจารณาคดี และพยานหลักฐานอิเล็กทรอนิกส์ต้องได้รับการเก็บรักษาอย่างถูกต้อง';

const FILES: Record<string, string> = {
  'fishing.md': `# Forced Labour on Fishing Vessels\n\nCrew members on fishing vessels reported debt bondage and confiscated passports. Digital payment records gave investigators evidence of wage theft. The case relied on Decree 21/2007. Traffickers, trafficked persons, tracing, training and transit were all discussed.`,
  'thai.md': `# แนวทางการคุ้มครองผู้เสียหาย\n\n${THAI}`,
};

/** 330 one-letter prefixes in 1,000 characters, as pasted to keep a classroom's server busy. */
const LETTER_PREFIXES = Array.from(
  { length: 330 },
  (_, i) => `${'abcdefghijklmnopqrstuvwxyz'[i % 26]}*`,
).join(' ');

const THAI_FISHING =
  'แรงงานประมงบนเรือต้องได้รับค่าจ้างตามกฎหมายและมีสิทธิ์เก็บหนังสือเดินทางของตนเองไว้กับตัวตลอดเวลาที่ทำงาน';

/** A Thai passage pasted whole: its terms make more than 144 grapheme clusters. */
const THAI_PASTE = `${THAI} ${THAI_FISHING}`;

const clustersOf = (query: string) =>
  parseQuery(query)
    .required.flat()
    .reduce((sum, term) => sum + term.sea.length, 0);

let folder: string;
let data: string;
let portal: Portal;

beforeAll(async () => {
  folder = tempFolderFor('bounds');
  writeFiles(folder, FILES);
  data = tempFolderFor('bounds-db');
  portal = openPortal({
    libraryDbPath: join(data, 'library.sqlite'),
    userDbPath: join(data, 'user.sqlite'),
    libraryFolder: folder,
  });
  await portal.index(folder, { workers: 0 });
});

afterAll(() => portal?.close());

const search = (request: SearchRequest | string, on: Portal = portal) =>
  on.api.search(typeof request === 'string' ? { query: request } : request);

async function titles(request: SearchRequest | string): Promise<string[]> {
  const result = await search(request);
  if (!result.ok) throw new Error(result.error.message);
  return result.value.hits.map((h) => h.document.title);
}

describe('costly queries', () => {
  it('refuses 330 one-letter prefixes at once as too broad', async () => {
    expect(LETTER_PREFIXES.length).toBeLessThanOrEqual(1000);
    for (const typing of [false, true]) {
      const started = performance.now();
      const result = await search({ query: LETTER_PREFIXES, typing });
      expect(performance.now() - started).toBeLessThan(500);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.code).toBe('query-too-broad');
      expect(result.error.message).toContain('"a*" is too short');
    }
  });

  it('refuses a pasted Thai passage of 144 letter clusters as too broad', async () => {
    const clusters = clustersOf(THAI_PASTE);
    expect(clusters).toBeGreaterThanOrEqual(144);
    for (const typing of [false, true]) {
      const result = await search({ query: THAI_PASTE, typing });
      expect(result.ok ? null : result.error.code).toBe('query-too-broad');
      expect(result.ok ? '' : result.error.message).toContain(`${clusters} Thai`);
    }
  });

  it('refuses a one-letter prefix typed with *, in any script', async () => {
    for (const query of ['t*', 'đ*', 'fishing ก*']) {
      const result = await search(query);
      expect(result.ok ? null : result.error.code, query).toBe('query-too-broad');
    }
  });

  it('refuses prefixes that stand for more words of the library than the bound', async () => {
    const bounded = openPortal({
      libraryDbPath: join(data, 'library.sqlite'),
      userDbPath: join(data, 'user.sqlite'),
      libraryFolder: folder,
      queryBounds: { maxPrefixWords: 3, maxClusters: 64 },
    });
    try {
      // traf* stands for traffickers and trafficked; tra* for tracing, training and transit too.
      expect((await search('traf*', bounded)).ok).toBe(true);
      const broad = await search('tra*', bounded);
      expect(broad.ok ? null : broad.error.code).toBe('query-too-broad');
      expect(broad.ok ? '' : broad.error.message).toContain('more than 3 words');
      // Being typed, the too broad prefix is searched as it stands, as Enter would.
      expect((await search({ query: 'tra', typing: true }, bounded)).ok).toBe(true);
    } finally {
      bounded.close();
    }
  });
});

describe('ordinary queries answer as before', () => {
  const fishing = ['Forced Labour on Fishing Vessels'];
  const thai = ['แนวทางการคุ้มครองผู้เสียหาย'];

  it('finds statute numbers, phrases and prefixes', async () => {
    expect(await titles('21/2007')).toEqual(fishing);
    expect(await titles({ query: '21/2007', typing: true })).toEqual(fishing);
    expect(await titles('"debt bondage"')).toEqual(fishing);
    expect(await titles('confisc*')).toEqual(fishing);
    expect(await titles('traffick*')).toEqual(fishing);
  });

  it('answers while the first letter is typed, reading it as the word typed', async () => {
    for (const query of ['c', 'fishing c', 'ก', 'ศ']) {
      expect((await search({ query, typing: true })).ok, query).toBe(true);
    }
    expect(await titles({ query: 'co', typing: true })).toEqual(fishing);
  });

  it('reads a first Thai letter being typed as the word it is, not as letters inside longer words', async () => {
    // ศ starts ศาล (court) in the Thai text, and is no word of it.
    expect(await titles('ศ')).toEqual(thai);
    expect(await titles({ query: 'ศ', typing: true })).toEqual([]);
    expect(await titles({ query: 'ศา', typing: true })).toEqual(thai);
    expect(await titles({ query: 'ผู้เสียหาย ศ', typing: true })).toEqual([]);
    // A word finished before it keeps matching inside longer words.
    expect(await titles({ query: 'ศ ผู้เสียหา', typing: true })).toEqual(thai);
  });

  it('finds a Thai word at every keystroke, typed up to a letter its vowel has yet to join', async () => {
    // น of นุ in มนุษย์: the letter typed so far is a cluster of its own, the text's is longer.
    for (const typed of ['การค้าม', 'การค้ามน', 'การค้ามนุ', 'การค้ามนุษ']) {
      expect(await titles({ query: typed, typing: true }), typed).toEqual(thai);
      // Its page too, where the last cluster pair is spelled out as the pairs it begins.
      const found = await search({ query: typed, typing: true });
      expect(found.ok && found.value.hits[0]!.pages.map((p) => p.page), typed).toEqual([1]);
    }
  });

  it('finds Thai phrases of ordinary length, typed or submitted', async () => {
    const sentence = THAI.slice(0, 60);
    expect(clustersOf(sentence)).toBeGreaterThan(30);
    for (const query of ['ผู้เสียหาย', 'การค้ามนุษย์', '"พยานหลักฐานอิเล็กทรอนิกส์"', sentence]) {
      expect(await titles(query), query).toEqual(thai);
      expect(await titles({ query, typing: true }), query).toEqual(thai);
    }
  });
});
