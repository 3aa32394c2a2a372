// One text layer: the same strings go into a real library (indexed into SQLite by the engine) and
// the same queries go to the engine's search and to the reader's highlighter. A document is found
// exactly when the shared match rules find every group of the query in it and no excluded term,
// and the words the snippet marks are the words the reader highlights.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Portal } from '#core/portal.ts';
import { queryHighlighter } from '#renderer/reader/highlight/highlighter.ts';
import { matchTerms } from '#shared/search/match-rules.ts';
import { parseQuery, type Term } from '#shared/search/query-parser.ts';
import type { PageText, SearchHit } from '#shared/types.ts';
import { openIndexedPortal } from '../helpers/indexed-portal.ts';
import { tempFolderFor, writeFiles } from '../helpers/temp-folder.ts';

/** Short texts, so that a snippet holds the whole page. */
export const AGREEMENT_TEXTS: Record<string, string> = {
  'doc-strasse.txt': 'Die Straße nach Norden.',
  'doc-soft-hyphen.txt': 'Victims of traf\u00adficking were heard.',
  'doc-zero-width.txt': 'victim\u200bsupport and การค้า\u200bมนุษย์',
  'doc-greek.txt': 'Η Αθήνα και η Θεσσαλονίκη.',
  'doc-thai-decomposed.txt': 'ส\u0e4d\u0e32นักงานอัยการสูงสุด',
  'doc-thai.txt': 'ผู้เสียหายจากการค้ามนุษย์ได้รับการคุ้มครอง',
  'doc-vietnamese.txt': 'Sổ tay tương trợ tư pháp về chứng cứ điện tử.',
  'doc-vietnamese-other.txt': 'Quyền tự do và tử hình.',
  'doc-vietnamese-decomposed.txt': 'Tu\u031b pha\u0301p quô\u0301c tê\u0301.',
  'doc-vietnamese-d.txt': 'Đo đạc đất và do dự.',
  'doc-lao-word.txt': 'ສານ ປະຊາຊົນສູງສຸດ',
  'doc-lao-inside.txt': 'ເອກະສານ ແລະ ປະສານງານ',
  'doc-khmer.txt': 'ការជួញដូរមនុស្សនៅកម្ពុជា',
  'doc-burmese.txt': 'လူကုန်ကူးမှု တားဆီးရေး',
  'doc-english.txt': 'The court heard three courts of appeal; a courtyard.',
};

export const AGREEMENT_QUERIES = [
  'Straße',
  'strasse',
  'STRASSE',
  'trafficking',
  'support',
  'Αθήνα',
  'αθήνα',
  'θεσσαλονικη',
  'สำนักงาน',
  'ส\u0e4d\u0e32นักงาน',
  'ค้ามนุษย์',
  'ผู้เสียหาย',
  'tu phap',
  'tư pháp',
  'tư',
  'tự',
  'tu\u031b pha\u0301p',
  '"tu phap"',
  '"tư phap"',
  '"tư pháp"',
  'do',
  'đo',
  'dat',
  'chung cu',
  'quoc te',
  'ສານ',
  'ປະສານງານ',
  'ជួញដូរមនុស្ស',
  'လူကုန်ကူး',
  'court',
  'court*',
  'court -appeal',
];

let root: string;
let portal: Portal;
const fileOf = new Map<string, string>();
const pagesOf = new Map<string, PageText[]>();

beforeAll(async () => {
  root = tempFolderFor('text-layer');
  const library = `${root}/library`;
  writeFiles(library, AGREEMENT_TEXTS);
  const opened = await openIndexedPortal(root, library);
  portal = opened.portal;
  for (const doc of opened.documents) {
    const file =
      Object.keys(AGREEMENT_TEXTS).find(
        (name) => createHash('sha256').update(AGREEMENT_TEXTS[name]!).digest('hex') === doc.id,
      ) ?? doc.id;
    fileOf.set(doc.id, file);
    const pages = await portal.api.getPages(doc.id);
    if (!pages.ok) throw new Error(pages.error.message);
    pagesOf.set(file, pages.value);
  }
}, 60_000);

afterAll(() => portal?.close());

async function searchHits(query: string): Promise<SearchHit[]> {
  const result = await portal.api.search({ query, limit: 100 });
  if (!result.ok) throw new Error(`"${query}": ${result.error.message}`);
  return result.value.hits;
}

/** Put before a word found only inside a longer word, in the snippets and the highlights alike. */
const INSIDE = '~';

/** What a reader sees of a stretch of text: invisible characters gone, whitespace collapsed. */
const visible = (text: string) =>
  text.replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '').replace(/\s+/g, ' ');

function highlightedWords(query: string, file: string): string[] {
  const highlighter = queryHighlighter(query);
  return (pagesOf.get(file) ?? []).flatMap((page) =>
    (highlighter?.(page.text) ?? []).map(
      (r) => (r.whole ? '' : INSIDE) + visible(page.text.slice(r.start, r.end)),
    ),
  );
}

/** True when any of the terms matches on any of the pages. */
const inPages = (pages: PageText[], terms: Term[]) =>
  pages.some((page) => matchTerms(page.text, terms).length > 0);

describe('one text layer for the index, the search and the reader', () => {
  it('indexed every text', () => {
    expect([...pagesOf.keys()].sort()).toEqual(Object.keys(AGREEMENT_TEXTS).sort());
  });

  it.each(AGREEMENT_QUERIES)(
    'finds a document for %s exactly where the reader highlights it',
    async (query) => {
      const found = (await searchHits(query)).map((h) => fileOf.get(h.document.id)).sort();
      const q = parseQuery(query);
      const matching = [...pagesOf]
        .filter(
          ([, pages]) =>
            q.required.every((group) => inPages(pages, group)) && !inPages(pages, q.excluded),
        )
        .map(([file]) => file)
        .sort();
      expect(found).toEqual(matching);
      for (const file of matching) expect(highlightedWords(query, file), file).not.toEqual([]);
    },
  );

  it.each(AGREEMENT_QUERIES)(
    'marks in the snippets for %s the words the reader highlights',
    async (query) => {
      for (const hit of await searchHits(query)) {
        const file = fileOf.get(hit.document.id) ?? '';
        const snippetWords = hit.pages.flatMap((p) =>
          p.snippet.filter((run) => run.hit).map((run) => (run.inside ? INSIDE : '') + run.text),
        );
        expect(snippetWords, file).toEqual(highlightedWords(query, file));
      }
    },
  );

  it('holds the cases the reader used to get wrong', async () => {
    expect(highlightedWords('strasse', 'doc-strasse.txt')).toEqual(['Straße']);
    expect(highlightedWords('trafficking', 'doc-soft-hyphen.txt')).toEqual(['trafficking']);
    expect(highlightedWords('ค้ามนุษย์', 'doc-zero-width.txt')).toEqual(['ค้ามนุษย์']);
    expect(highlightedWords('ສານ', 'doc-lao-word.txt')).toEqual(['ສານ']);
    expect(highlightedWords('ສານ', 'doc-lao-inside.txt')).toEqual(['~ສານ', '~ສານ']);
    expect(highlightedWords('αθηνα', 'doc-greek.txt')).toEqual([]);
    expect(highlightedWords('สำนักงาน', 'doc-thai-decomposed.txt')).toEqual(['ส\u0e4d\u0e32นักงาน']);
    expect((await searchHits('αθηνα')).length).toBe(0);
    expect(highlightedWords('tư', 'doc-vietnamese-other.txt')).toEqual([]);
    expect(highlightedWords('tự', 'doc-vietnamese-other.txt')).toEqual(['tự']);
    expect(highlightedWords('đo', 'doc-vietnamese-d.txt')).toEqual(['Đo']);
    expect(highlightedWords('do', 'doc-vietnamese-d.txt')).toEqual(['Đo', 'do']);
    const court = (await searchHits('ສານ')).map((h) => fileOf.get(h.document.id));
    expect(court).toEqual(['doc-lao-word.txt', 'doc-lao-inside.txt']);
  });
});
