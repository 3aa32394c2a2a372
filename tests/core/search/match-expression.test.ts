import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toMatchExpression } from '#core/search/match-expression.ts';
import { parseQuery } from '#shared/search/query-parser.ts';
import { exactIndexText } from '#shared/text/exact.ts';
import { seaClusterPairs } from '#shared/text/cluster-pairs.ts';
import { normalise } from '#shared/text/normalise.ts';
import { seededRandom } from '#scripts/seeded-random.ts';
import { randomText } from '../../shared/text/random.ts';
import { SAMPLES } from '../../shared/text/samples.ts';

const TOKENIZER = "unicode61 remove_diacritics 0 categories 'L* N* Co M*'";
const PAGE_COLUMNS = { words: ['body'], clusters: 'sea', exact: 'exact' };

// Page texts, each a sentence or more, so that single words are found inside longer text.
const PAGES = {
  en: 'The prosecutor interviewed two victims of forced labour on a fishing vessel.',
  enCase: 'VICTIM SUPPORT SERVICES must be available in every province.',
  policy: 'The national policies on victim identification were revised.',
  vi: SAMPLES.vi,
  viTitle: 'Hướng dẫn bảo vệ nạn nhân bị mua bán tại Đồng Nai',
  viOther: 'Quyền tự do và Bảo vệ dòng họ',
  th: SAMPLES.th,
  lo: SAMPLES.lo,
  km: SAMPLES.km,
  my: SAMPLES.my,
  phrase: 'Debt bondage is a form of forced labour; bondage of debt is not a phrase here.',
} as const;
type PageName = keyof typeof PAGES;

let db: Database.Database;
const names = new Map<number, PageName>();

beforeAll(() => {
  db = new Database(':memory:');
  db.exec(`CREATE VIRTUAL TABLE pages_fts USING fts5(body, sea, exact, tokenize="${TOKENIZER}")`);
  db.exec(
    `CREATE VIRTUAL TABLE docs_fts USING fts5(title, summary, keywords, organisations, sea, exact, tokenize="${TOKENIZER}")`,
  );
  const insert = db.prepare('INSERT INTO pages_fts(body, sea, exact) VALUES (?, ?, ?)');
  for (const [name, text] of Object.entries(PAGES)) {
    const body = normalise(text);
    const { lastInsertRowid } = insert.run(body, seaClusterPairs(text), exactIndexText(text, body));
    names.set(Number(lastInsertRowid), name as PageName);
  }
  db.prepare('INSERT INTO docs_fts VALUES (?, ?, ?, ?, ?, ?)').run(
    normalise('Trafficking in persons handbook'),
    normalise(SAMPLES.en),
    normalise('victims; protection'),
    normalise('UNODC'),
    '',
    '',
  );
});

afterAll(() => db.close());

function matchRowids(table: string, expression: string): number[] {
  const rows = db
    .prepare(`SELECT rowid FROM ${table} WHERE ${table} MATCH ? ORDER BY rowid`)
    .all(expression);
  return rows.map((r) => Number((r as { rowid: number }).rowid));
}

/** The pages a query finds: matching the positive side and not the negative one. */
function search(input: string): PageName[] {
  const { positive, negative } = toMatchExpression(parseQuery(input), PAGE_COLUMNS);
  const all = [...names.keys()];
  const found = positive === null ? all : matchRowids('pages_fts', positive);
  const excluded = new Set(negative === null ? [] : matchRowids('pages_fts', negative));
  return found.filter((id) => !excluded.has(id)).map((id) => names.get(id) as PageName);
}

const NASTY_QUERIES = [
  '',
  ' ',
  '"',
  '""',
  '"""',
  '-',
  '--',
  '- -',
  '*',
  '**',
  '"*"',
  '-*',
  'OR',
  'OR OR',
  'AND',
  'NOT',
  'NOT NOT',
  '|',
  '||',
  '(',
  ')',
  '()',
  '(((',
  ')))',
  'NEAR(a b)',
  'NEAR(a b, 3)',
  'a:b',
  ':',
  '^a',
  '{body}: a',
  '{body sea}',
  'body:',
  'sea : "x"',
  'a OR',
  'OR a',
  'a AND',
  '-"',
  '-"a',
  '"a" -"b',
  "it's",
  "l'exploitation",
  '\\"',
  'a"b"c',
  'a*b',
  '*a',
  'a**',
  '"a b"*"c"',
  '+a',
  'a+b',
  '&',
  '@#$%',
  '😀',
  '👩‍👩‍👧',
  '🇻🇳',
  '\u0000',
  '\u0000a',
  'a\u0000b',
  '\ufffd',
  '\u200b',
  '\u200d',
  '\ufeff',
  '\u0301',
  'e\u0301',
  '\ud800',
  '\udc00a',
  'ﬁ',
  '①',
  '㎏',
  'ß',
  'İ',
  '\u0e48',
  '\u17d2',
  '\u103a',
  'ค้า*',
  '-ค้า',
  '"ค้า มนุษย์"',
  'ILOไทย',
  'SELECT * FROM pages_fts',
  "'; DROP TABLE pages_fts; --",
  'rowid',
  'rank',
  'bm25(pages_fts)',
  'MATCH',
  'pages_fts',
  '"a""b"',
  'x'.repeat(3000),
  '"'.repeat(101),
  '-'.repeat(50) + 'a',
  'a OR '.repeat(40),
  '( a OR b ) AND ( c OR -d )',
];

describe('toMatchExpression', () => {
  it('quotes every token and adds the operators itself', () => {
    const { positive, negative } = toMatchExpression(
      parseQuery('forced OR bonded "debt bondage" traffick* -fishing'),
      {
        words: ['title', 'summary'],
        clusters: 'sea',
      },
    );
    expect(positive).toBe(
      '(({title summary}: ("forced" OR "forceds") OR {title summary}: ("bonded" OR "bondeds"))) AND ' +
        '({title summary}: "debt bondage") AND ({title summary}: "traffick"*)',
    );
    expect(negative).toBe('{title summary}: ("fishing" OR "fishings")');
  });

  it('searches SEA terms in the word columns with a prefix and in the cluster column as a phrase of cluster pairs', () => {
    const { positive } = toMatchExpression(parseQuery('ค้ามนุษย์'), PAGE_COLUMNS);
    const pairs = ['ค้\ue000า', 'า\ue000ม', 'ม\ue000นุ', 'นุ\ue000ษ', 'ษ\ue000ย์'].join(' ');
    expect(positive).toBe(`(({body}: "ค้า มนุษย์"* OR {sea}: "${pairs}"))`);
  });

  it('reads the last cluster pair of a SEA term being typed as the start of the pairs it begins', () => {
    const typed = parseQuery('ค้ามน', { typing: true });
    const covered = { ...PAGE_COLUMNS, clustersCoverWords: true };
    const pairs = ['ค้\ue000า', 'า\ue000ม', 'ม\ue000น'];
    expect(toMatchExpression(typed, covered).positive).toBe(`({sea}: "${pairs.join(' ')}"*)`);
    expect(toMatchExpression(typed, covered, true).positive).toBe(
      `({sea}: ("${pairs[0]}" AND "${pairs[1]}" AND "${pairs[2]}"*))`,
    );
    expect(toMatchExpression(parseQuery('ค้ามน'), covered, true).positive).toBe(
      `({sea}: ("${pairs[0]}" AND "${pairs[1]}" AND "${pairs[2]}"))`,
    );
  });

  it('spells out a cluster pair read as a prefix as the pairs it is told, or keeps the prefix', () => {
    const covered = { ...PAGE_COLUMNS, clustersCoverWords: true };
    const asked: string[] = [];
    const spell = (token: string) => {
      asked.push(token);
      return token === 'ม\ue000น' ? ['ม\ue000น', 'ม\ue000นุ'] : null;
    };
    const typed = parseQuery('ค้ามน', { typing: true });
    const head = ['ค้\ue000า', 'า\ue000ม'].join(' ');
    expect(toMatchExpression(typed, covered, false, spell).positive).toBe(
      `({sea}: ("${head} ม\ue000น" OR "${head} ม\ue000นุ"))`,
    );
    expect(toMatchExpression(parseQuery('ค้'), covered, false, spell).positive).toBe(
      '({sea}: "ค้\ue000"*)',
    );
    expect(asked).toEqual(['ม\ue000น', 'ค้\ue000']);
    // A term read whole asks nothing.
    expect(toMatchExpression(parseQuery('ค้ามน'), covered, false, spell).positive).toBe(
      `({sea}: "${head} ม\ue000น")`,
    );
    expect(asked).toHaveLength(2);
  });

  it('searches a SEA term of one cluster as the start of the pairs beginning with it, and by clusters alone where they cover the words', () => {
    const { positive } = toMatchExpression(parseQuery('ค้'), {
      ...PAGE_COLUMNS,
      clustersCoverWords: true,
    });
    expect(positive).toBe('({sea}: "ค้\ue000"*)');
  });

  it('has no positive side for an empty query or one with only exclusions', () => {
    expect(toMatchExpression(parseQuery(''), PAGE_COLUMNS)).toEqual({
      positive: null,
      negative: null,
    });
    expect(toMatchExpression(parseQuery('-fishing'), PAGE_COLUMNS).positive).toBeNull();
  });

  it('rejects unsafe or missing column names', () => {
    const q = parseQuery('a');
    expect(() => toMatchExpression(q, { words: [], clusters: 'sea' })).toThrow(
      /at least one column/,
    );
    expect(() => toMatchExpression(q, { words: ['body}'], clusters: 'sea' })).toThrow(
      /invalid column/,
    );
    expect(() => toMatchExpression(q, { words: ['body'], clusters: 'sea"' })).toThrow(
      /invalid column/,
    );
  });

  it(`never makes SQLite raise, for ${NASTY_QUERIES.length} crafted and 300 random queries`, () => {
    const rand = seededRandom(99);
    const pieces = [...Object.values(SAMPLES), ...NASTY_QUERIES];
    const queries = [
      ...NASTY_QUERIES,
      ...Array.from({ length: 300 }, () => randomText(rand, pieces)),
    ];
    expect(queries.length).toBeGreaterThanOrEqual(200);
    for (const input of queries) {
      const q = parseQuery(input);
      for (const [table, columns] of [
        ['pages_fts', PAGE_COLUMNS],
        [
          'docs_fts',
          {
            words: ['title', 'summary', 'keywords', 'organisations'],
            clusters: 'sea',
            exact: 'exact',
          },
        ],
      ] as const) {
        const { positive, negative } = toMatchExpression(q, columns);
        for (const expression of [positive, negative]) {
          if (expression !== null)
            expect(() => matchRowids(table, expression), input).not.toThrow();
        }
      }
    }
  });
});

describe('search behaviour on a real FTS5 table', () => {
  it('matches words whatever their case, and English singular and plural', () => {
    expect(search('Victim')).toEqual(['en', 'enCase', 'policy']);
    expect(search('VICTIMS')).toEqual(['en', 'enCase', 'policy']);
    expect(search('policy')).toEqual(['policy']);
  });

  it('matches phrases only in order', () => {
    expect(search('"debt bondage"')).toEqual(['phrase']);
    expect(search('"bondage debt"')).toEqual([]);
    expect(search('"forced labour"')).toEqual(['en', 'phrase']);
  });

  it('matches prefixes', () => {
    expect(search('interview*')).toEqual(['en']);
    expect(search('interview')).toEqual([]);
    expect(search('"fishing ves"*')).toEqual(['en']);
  });

  it('excludes terms', () => {
    expect(search('"forced labour" -fishing')).toEqual(['phrase']);
    expect(search('"forced labour" -"debt bondage"')).toEqual(['en']);
    expect(search('-victim').includes('en')).toBe(false);
  });

  it('combines alternatives with OR', () => {
    expect(search('prosecutor OR bondage')).toEqual(['en', 'phrase']);
    expect(search('prosecutor | bondage vessel')).toEqual(['en']);
  });

  it('finds Vietnamese typed with or without tone marks', () => {
    expect(search('Dong Nai')).toEqual(['vi', 'viTitle']);
    expect(search('Đồng Nai')).toEqual(['vi', 'viTitle']);
    expect(search('bao ve nan nhan')).toEqual(['vi', 'viTitle']);
    expect(search('"bảo vệ nạn nhân"')).toEqual(['vi', 'viTitle']);
  });

  it('matches a word typed with marks in that form only, in phrases beside words typed without', () => {
    expect(search('dong')).toEqual(['vi', 'viTitle', 'viOther']);
    expect(search('đồng')).toEqual(['vi', 'viTitle']);
    expect(search('dòng')).toEqual(['viOther']);
    expect(search('tự')).toEqual(['viOther']);
    expect(search('"bảo ve"')).toEqual(['vi', 'viTitle', 'viOther']);
    expect(search('"bao vệ nan"')).toEqual(['vi', 'viTitle']);
    expect(search('"bảo vệ"*')).toEqual(['vi', 'viTitle', 'viOther']);
  });

  it('writes a term typed with marks as a phrase of the exact column', () => {
    expect(toMatchExpression(parseQuery('"tư phap"'), PAGE_COLUMNS).positive).toBe(
      '({exact}: ("tu\ue000tư" + "phap\ue000"*))',
    );
    expect(toMatchExpression(parseQuery('"tư pha"*'), PAGE_COLUMNS).positive).toBe(
      '({exact}: ("tu\ue000tư" + "pha"*))',
    );
  });

  it('finds Thai words typed alone inside a long sentence', () => {
    expect(search('การค้ามนุษย์')).toEqual(['th']);
    expect(search('ซับซ้อน')).toEqual(['th']);
    expect(search('คดีพิเศษ')).toEqual(['th']);
  });

  it('finds Lao words that the segmenter fuses with their neighbours in the sentence', () => {
    expect(search('ຄ້າມະນຸດ')).toEqual(['lo']);
    expect(search('ປ້ອງກັນ')).toEqual(['lo']);
    expect(search('ຈຳປາສັກ')).toEqual(['lo']);
  });

  it('finds Khmer words that the segmenter fuses with their neighbours in the sentence', () => {
    expect(search('បាត់ដំបង')).toEqual(['km']);
    expect(search('មហាផ្ទៃ')).toEqual(['km']);
    expect(search('ជួញដូរមនុស្ស')).toEqual(['km']);
  });

  it('finds a four-syllable Burmese word whose last syllable is fused with the particle after it', () => {
    // In the sentence the segmenter yields "မှုသည်"; the word typed alone ends in "မှု".
    expect(search('လူကုန်ကူးမှု')).toEqual(['my']);
    expect(search('ပြစ်မှု')).toEqual(['my']);
  });

  it('does not find SEA words that are absent', () => {
    expect(search('ยาเสพติด')).toEqual([]);
    expect(search('ការជួញដូរគ្រឿងញៀន')).toEqual([]);
  });

  it('searches the document metadata columns', () => {
    const { positive } = toMatchExpression(parseQuery('handbook unodc protection'), {
      words: ['title', 'summary', 'keywords', 'organisations'],
      clusters: 'sea',
    });
    expect(positive && matchRowids('docs_fts', positive)).toEqual([1]);
  });
});
