import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPortal } from '#core/portal.ts';
import type { Portal } from '#core/portal.ts';
import { MAX_PREFIX_WORDS } from '#core/search/query-plan.ts';
import type { SearchRequest, SearchResponse } from '#shared/types.ts';
import { tempFolder, writeFiles } from '../../helpers/temp-folder.ts';

// A small library written for these tests: pages are separated by paragraphs long enough that
// the paginator puts each section on its own page.
const filler = (topic: string) =>
  `${`This paragraph is about ${topic} and nothing else. `.repeat(60)}`;

const FILES: Record<string, string> = {
  'taxonomy.yaml': `version: 1
countries:
  - { code: VN, name: Viet Nam }
  - { code: LA, name: Lao PDR }
  - { code: TH, name: Thailand }
  - { code: KH, name: Cambodia }
organisations:
  - { id: peoples-supreme-court-lao, name: "People's Supreme Court of Lao PDR", country: LA, kind: court }
  - { id: blue-dragon, name: Blue Dragon Children's Foundation, country: VN, kind: ngo }
themes:
  - { id: digital-evidence, name: Digital evidence }
  - { id: victim-sensitive-courts, name: Victim-sensitive courts }
  - { id: forced-labour, name: Forced labour, facet: exploitation }
  - { id: fishing, name: Fishing, facet: sector }
`,
  'catalog.yaml': `version: 1
documents:
  - file: lao-workshop.md
    type: report
    title: Digital Evidence Workshop Report
    countries: [LA]
    organisations: [{ id: peoples-supreme-court-lao, role: publisher }]
    themes: [digital-evidence]
    language: en
    year: 2022
    summary: Judges and prosecutors practised handling electronic evidence.
  - file: lao-guidelines.md
    type: guideline
    title: Guidelines for Victim-Sensitive Courts
    countries: [LA]
    organisations: [{ id: peoples-supreme-court-lao, role: publisher }]
    themes: [victim-sensitive-courts]
    language: en
    year: 2021
  - file: fishing.md
    type: research
    title: Forced Labour on Fishing Vessels
    countries: [TH]
    themes: [forced-labour, fishing]
    language: en
    year: 2020
  - file: vn-handbook.md
    type: handbook
    title: Sổ tay tương trợ tư pháp
    countries: [VN]
    organisations: [{ id: blue-dragon, role: partner }]
    language: vi
    year: 2022
  - file: thai.md
    type: guideline
    title: แนวทางการคุ้มครองผู้เสียหาย
    countries: [TH]
    language: th
    year: 2022
  - file: khmer.md
    type: fact-sheet
    title: ការការពារជនរងគ្រោះ
    countries: [KH]
    language: km
    year: 2023
  - file: lao.md
    type: guideline
    title: ການປົກປ້ອງຜູ້ເຄາະຮ້າຍ
    countries: [LA]
    language: lo
    year: 2022
`,
  'lao-workshop.md': `# Digital Evidence Workshop Report\n\n${filler('the agenda')}\n\n${filler('opening remarks')}\n\n${filler('the schedule')}\n\nOn the fourth day participants seized digital evidence from mobile phones and kept the chain of custody intact.\n\n${filler('closing remarks')}`,
  'lao-guidelines.md': `# Guidelines for Victim-Sensitive Courts\n\nCourts should let victims testify behind a screen and limit repeated interviews. Evidence from victims deserves care.`,
  'fishing.md': `# Forced Labour on Fishing Vessels\n\nCrew members on fishing vessels reported debt bondage and confiscated passports. Digital payment records gave investigators evidence of wage theft. The case relied on Decree 21/2007.`,
  'vn-handbook.md': `# Sổ tay tương trợ tư pháp\n\nNạn nhân mua bán người được bảo vệ tại tỉnh Đồng Nai và thành phố Hồ Chí Minh. Yêu cầu tương trợ tư pháp về hình sự được gửi qua Bộ Công an.`,
  'thai.md': `# แนวทางการคุ้มครองผู้เสียหาย\n\nศาลควรคุ้มครองผู้เสียหายจากการค้ามนุษย์ในทุกขั้นตอนของการพิจารณาคดี และพยานหลักฐานอิเล็กทรอนิกส์ต้องได้รับการเก็บรักษาอย่างถูกต้อง`,
  'khmer.md': `# ការការពារជនរងគ្រោះ\n\nជនរងគ្រោះនៃការជួញដូរមនុស្សត្រូវទទួលបានការការពារ និងជំនួយផ្លូវច្បាប់ពេញលេញពីតុលាការ។`,
  'lao.md': `# ການປົກປ້ອງຜູ້ເຄາະຮ້າຍ\n\nສານປະຊາຊົນສູງສຸດໄດ້ອອກຄຳແນະນຳກ່ຽວກັບການປົກປ້ອງຜູ້ເຄາະຮ້າຍຈາກການຄ້າມະນຸດໃນຂະບວນການດຳເນີນຄະດີ.`,
};

let portal: Portal;

beforeAll(async () => {
  const folder = tempFolder('portal-search-');
  writeFiles(folder, FILES);
  const data = tempFolder('portal-search-db-');
  portal = openPortal({
    libraryDbPath: join(data, 'library.sqlite'),
    userDbPath: join(data, 'user.sqlite'),
    libraryFolder: folder,
  });
  const report = await portal.index(folder, { workers: 0 });
  expect(report.skipped).toBe(0);
});

afterAll(() => portal?.close());

async function run(request: SearchRequest | string): Promise<SearchResponse> {
  const result = await portal.api.search(
    typeof request === 'string' ? { query: request } : request,
  );
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const titles = (r: SearchResponse) => r.hits.map((h) => h.document.title);

describe('search syntax', () => {
  it('ranks a title match above a body match', async () => {
    const r = await run('digital evidence');
    expect(titles(r)[0]).toBe('Digital Evidence Workshop Report');
    expect(titles(r)).toContain('Forced Labour on Fishing Vessels');
  });

  it('matches "phrases" exactly', async () => {
    expect(titles(await run('"chain of custody"'))).toEqual(['Digital Evidence Workshop Report']);
    expect((await run('"custody chain"')).total).toBe(0);
  });

  it('matches prefixes', async () => {
    expect(titles(await run('confisc*'))).toEqual(['Forced Labour on Fishing Vessels']);
  });

  it('reads the word being typed as a prefix, and a submitted search as exact words', async () => {
    expect((await run('confisc')).total).toBe(0);
    expect(titles(await run({ query: 'confisc', typing: true }))).toEqual([
      'Forced Labour on Fishing Vessels',
    ]);
    // Only the last word is unfinished; the ones before it are whole words.
    expect((await run({ query: 'confisc passports', typing: true })).total).toBe(0);
    expect((await run({ query: 'passports confisc', typing: true })).total).toBe(1);
    // An excluded word being typed stays exact, hiding no more than the finished word would.
    expect(titles(await run({ query: 'evidence -fish', typing: true }))).toContain(
      'Forced Labour on Fishing Vessels',
    );
  });

  it('finds statute numbers such as 21/2007, typed or submitted', async () => {
    for (const query of ['21/2007', 'decree 21/2007', '"21/2007"']) {
      expect(titles(await run(query)), query).toEqual(['Forced Labour on Fishing Vessels']);
    }
    for (const query of ['21/', '21/20', '21/2007', 'decree 21/200']) {
      expect(titles(await run({ query, typing: true })), query).toEqual([
        'Forced Labour on Fishing Vessels',
      ]);
    }
    expect((await run('21/2008')).total).toBe(0);
  });

  it('excludes documents with -word', async () => {
    const r = await run('evidence -fishing');
    expect(titles(r)).not.toContain('Forced Labour on Fishing Vessels');
    expect(titles(r)).toContain('Digital Evidence Workshop Report');
  });

  it('accepts OR between words', async () => {
    expect(titles(await run('passports OR screen')).sort()).toEqual([
      'Forced Labour on Fishing Vessels',
      'Guidelines for Victim-Sensitive Courts',
    ]);
  });

  it('never raises an error, whatever the query', async () => {
    for (const q of [
      '"',
      '-',
      '*',
      'OR',
      'AND OR NOT',
      'a:b',
      '{body}: x',
      'NEAR(a b)',
      '((',
      "'; DROP TABLE documents; --",
      '^x',
      '\u0000',
      '🙂',
      ' ',
      '"unbalanced',
      '-"',
    ]) {
      await expect(run(q)).resolves.toBeDefined();
    }
  });
});

describe('pages and snippets', () => {
  it('lists the page of the hit with a highlighted snippet', async () => {
    const r = await run('chain of custody');
    const hit = r.hits[0]!;
    expect(hit.pages[0]!.page).toBeGreaterThan(1);
    const marked = hit.pages[0]!.snippet.filter((s) => s.hit).map((s) => s.text.toLowerCase());
    expect(marked).toEqual(expect.arrayContaining(['chain', 'custody']));
  });
});

describe('filters, facets, sorting and paging', () => {
  it('filters by country, type, language, organisation, theme and year', async () => {
    expect(titles(await run({ query: 'evidence', filters: { countries: ['LA'] } })).sort()).toEqual(
      ['Digital Evidence Workshop Report', 'Guidelines for Victim-Sensitive Courts'],
    );
    expect(titles(await run({ query: 'evidence', filters: { types: ['guideline'] } }))).toEqual([
      'Guidelines for Victim-Sensitive Courts',
    ]);
    expect((await run({ query: '', filters: { languages: ['vi'] } })).total).toBe(1);
    expect(
      (await run({ query: '', filters: { organisations: ['peoples-supreme-court-lao'] } })).total,
    ).toBe(2);
    expect(titles(await run({ query: '', filters: { themes: ['fishing'] } }))).toEqual([
      'Forced Labour on Fishing Vessels',
    ]);
    expect((await run({ query: '', filters: { years: [2022] } })).total).toBe(4);
  });

  it('counts facets for the current query, keeping other values of a chosen facet visible', async () => {
    const r = await run({ query: 'evidence', filters: { countries: ['LA'] } });
    const countries = Object.fromEntries(r.facets.countries.map((f) => [f.value, f.count]));
    expect(countries).toEqual({ LA: 2, TH: 1 });
    expect(r.facets.countries.find((f) => f.value === 'LA')?.label).toBe('Lao PDR');
    expect(r.facets.types.map((f) => f.value).sort()).toEqual(['guideline', 'report']);
    expect(r.facets.exploitation).toEqual([]);
    const all = await run('');
    expect(all.facets.exploitation).toEqual([
      { value: 'forced-labour', label: 'Forced labour', count: 1 },
    ]);
    expect(all.facets.sectors.map((f) => f.value)).toEqual(['fishing']);
  });

  it('sorts by title and by year, and pages through results', async () => {
    const byTitle = titles(await run({ query: '', sort: 'title' }));
    expect(byTitle).toEqual([...byTitle].sort((a, b) => a.localeCompare(b)));
    const byYear = (await run({ query: '', sort: 'year' })).hits.map((h) => h.document.year);
    expect(byYear).toEqual([...byYear].sort((a, b) => (b ?? 0) - (a ?? 0)));
    const first = await run({ query: '', sort: 'title', limit: 3 });
    const second = await run({ query: '', sort: 'title', limit: 3, offset: 3 });
    expect(first.total).toBe(7);
    expect([...titles(first), ...titles(second)]).toEqual(byTitle.slice(0, 6));
  });
});

describe('the languages of the region', () => {
  it('finds Vietnamese with and without tone marks', async () => {
    for (const q of ['Đồng Nai', 'Dong Nai', 'dong nai', 'bảo vệ', 'bao ve', 'tuong tro tu phap']) {
      expect(titles(await run(q)), q).toEqual(['Sổ tay tương trợ tư pháp']);
    }
  });

  it('finds Thai, Lao and Khmer words typed alone inside unspaced sentences', async () => {
    expect(titles(await run('คุ้มครอง'))).toEqual(['แนวทางการคุ้มครองผู้เสียหาย']);
    expect(titles(await run('การค้ามนุษย์'))).toEqual(['แนวทางการคุ้มครองผู้เสียหาย']);
    expect(titles(await run('ການຄ້າມະນຸດ'))).toEqual(['ການປົກປ້ອງຜູ້ເຄາະຮ້າຍ']);
    expect(titles(await run('ជនរងគ្រោះ'))).toEqual(['ការការពារជនរងគ្រោះ']);
    expect(titles(await run('ការជួញដូរមនុស្ស'))).toEqual(['ការការពារជនរងគ្រោះ']);
  });

  it('highlights Thai hits in the original text', async () => {
    const r = await run('พยานหลักฐาน');
    const marked = r.hits[0]!.pages[0]!.snippet.filter((s) => s.hit).map((s) => s.text);
    expect(marked.join('')).toContain('พยานหลักฐาน');
  });
});

describe('a library where some words are in every document', () => {
  // Each paragraph is long enough to be a page of its own.
  const court = (extra = '') =>
    `${'The court met again and the hearing went on as before. '.repeat(38)}${extra}`;
  const library: Record<string, string> = {
    'a.md': `# Report A\n\n${court('A fishing boat was seen.')}\n\n${court('They hired the fishing crew.')}\n\n${court('Fishing vessels, fishing nets, fishing quotas and fishing ports.')}`,
    'b.md': `# Report B\n\n${court()}\n\n${court('One fishing boat.')}\n\n${court()}`,
    'c.md': `# Report C\n\n${court()}\n\n${court()}\n\n${court()}\n\n${court()}`,
    'd.md': `# Report D\n\n${court()}`,
    'e.md': `# Report E\n\n${court()}\n\n${court()}`,
    'f.md': `# Report F\n\n${court()}`,
  };
  let common: Portal;

  beforeAll(async () => {
    const folder = tempFolder('portal-common-');
    writeFiles(folder, library);
    const data = tempFolder('portal-common-db-');
    common = openPortal({
      libraryDbPath: join(data, 'library.sqlite'),
      userDbPath: join(data, 'user.sqlite'),
      libraryFolder: folder,
    });
    const report = await common.index(folder, { workers: 0 });
    expect(report.skipped).toBe(0);
  });

  afterAll(() => common?.close());

  async function find(request: SearchRequest | string): Promise<SearchResponse> {
    const result = await common.api.search(
      typeof request === 'string' ? { query: request } : request,
    );
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  }

  it('ranks by the rarer words and shows the page where they weigh most first', async () => {
    const r = await find('court fishing');
    expect(titles(r)).toEqual(['Report A', 'Report B']);
    const pages = r.hits[0]!.pages.map((p) => p.page);
    expect(pages[0]).toBe(3);
    expect([...pages].sort()).toEqual([1, 2, 3]);
    expect(r.hits[1]!.pages.map((p) => p.page)).toEqual([2]);
  });

  it('finds every document for a word in all of them, listing their first pages in order', async () => {
    const r = await find({ query: 'court', limit: 10 });
    expect(r.total).toBe(6);
    for (const hit of r.hits) {
      const pages = hit.pages.map((p) => p.page);
      expect(pages).toEqual([1, 2, 3].slice(0, Math.min(3, hit.document.pageCount)));
    }
    expect(titles(await find('court'))).toEqual(titles(r));
  });

  it('lists only the pages holding a phrase', async () => {
    const r = await find('"fishing crew"');
    expect(titles(r)).toEqual(['Report A']);
    expect(r.hits[0]!.pages.map((p) => p.page)).toEqual([2]);
  });

  it('finds with a prefix what the words it stands for find', async () => {
    expect(titles(await find('fish*')).sort()).toEqual(['Report A', 'Report B']);
    expect((await find('court -fish*')).total).toBe(4);
  });
});

describe('a prefix standing for many words', () => {
  // More words behind "zeta" than a search spells out over every document, on page 2 of 3.
  const zetas = Array.from({ length: MAX_PREFIX_WORDS + 8 }, (_, i) => `zeta${i}`).join(' ');
  const paragraph = (extra = '') =>
    `${'The court met again and the hearing went on as before. '.repeat(38)}${extra}`;
  let prefixed: Portal;

  beforeAll(async () => {
    const folder = tempFolder('portal-prefix-');
    writeFiles(folder, {
      'z.md': `# Report Z\n\n${paragraph()}\n\n${paragraph(`Court ${zetas}.`)}\n\n${paragraph()}`,
      'y.md': `# Report Y\n\n${paragraph()}`,
    });
    const data = tempFolder('portal-prefix-db-');
    prefixed = openPortal({
      libraryDbPath: join(data, 'library.sqlite'),
      userDbPath: join(data, 'user.sqlite'),
      libraryFolder: folder,
    });
    expect((await prefixed.index(folder, { workers: 0 })).skipped).toBe(0);
  });

  afterAll(() => prefixed?.close());

  it('lists the pages holding its words, alone or ending a phrase, typed or submitted', async () => {
    for (const request of [
      { query: 'zeta*' },
      { query: 'zeta', typing: true },
      { query: '"court zeta"*' },
      { query: '"court zeta', typing: true },
    ]) {
      const result = await prefixed.api.search(request);
      if (!result.ok) throw new Error(result.error.message);
      expect(titles(result.value), request.query).toEqual(['Report Z']);
      expect(
        result.value.hits[0]!.pages.map((p) => p.page),
        request.query,
      ).toEqual([2]);
    }
  });
});
