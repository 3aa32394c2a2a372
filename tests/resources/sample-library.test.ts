import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPortal } from '#core/portal.ts';
import type { Portal } from '#core/portal.ts';
import { DOCUMENT_TYPES } from '#shared/types.ts';
import type { IngestReport } from '#shared/types.ts';
import { INTERFACE_LANGUAGES } from '#renderer/i18n/languages.ts';
import { resources } from '#renderer/i18n/i18n.ts';
import { tempFolder } from '../helpers/temp-folder.ts';

const LIBRARY = resolve(import.meta.dirname, '..', '..', 'resources', 'library');
const ASEAN = ['BN', 'KH', 'ID', 'LA', 'MY', 'MM', 'PH', 'SG', 'TH', 'VN'];

let portal: Portal;
let report: IngestReport;

beforeAll(async () => {
  const data = tempFolder('sample-library-');
  portal = openPortal({
    libraryDbPath: join(data, 'library.sqlite'),
    userDbPath: join(data, 'user.sqlite'),
    libraryFolder: LIBRARY,
  });
  report = await portal.index(LIBRARY);
});

afterAll(() => portal?.close());

async function ok<T>(
  promise: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>,
): Promise<T> {
  const r = await promise;
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('the sample library that ships with the app', () => {
  it('indexes completely: nothing skipped, no warnings, every reference defined', () => {
    expect(report.entries.filter((e) => e.outcome === 'skipped' || e.message)).toEqual([]);
    expect(report.indexed).toBeGreaterThanOrEqual(30);
  });

  it('holds at least 20 documents of the kinds practitioners expect, in the languages of the region', async () => {
    const stats = await ok(portal.api.stats());
    const documents = stats.documents - (stats.byType.news ?? 0) - (stats.byType.event ?? 0);
    expect(documents).toBeGreaterThanOrEqual(20);
    for (const type of DOCUMENT_TYPES.filter(
      (t) => !['legislation', 'news', 'event'].includes(t),
    )) {
      expect(stats.byType[type], type).toBeGreaterThan(0);
    }
    for (const language of ['en', 'vi', 'th', 'lo', 'km', 'id'])
      expect(stats.byLanguage[language], language).toBeGreaterThan(0);
    expect((stats.byType.news ?? 0) + (stats.byType.event ?? 0)).toBeGreaterThanOrEqual(10);
  });

  it('profiles the ten ASEAN member states and lists organisations without invented contacts', async () => {
    const taxonomy = await ok(portal.api.taxonomy());
    expect(taxonomy.countries.map((c) => c.code).sort()).toEqual([...ASEAN].sort());
    const vn = taxonomy.countries.find((c) => c.code === 'VN')!;
    expect(vn.figures).toMatchObject({ events: 33, participants: 877, peopleTrained: 473 });
    const orgIds = new Set(taxonomy.organisations.map((o) => o.id));
    for (const c of taxonomy.countries) {
      if (c.focalPointId) expect(orgIds.has(c.focalPointId), c.focalPointId).toBe(true);
      for (const p of c.partnerIds) expect(orgIds.has(p), p).toBe(true);
    }
    const withPhoneOrEmail = taxonomy.organisations.filter(
      (o) => o.contact.phone || o.contact.email,
    );
    expect(withPhoneOrEmail).toEqual([]);
    const facets = new Set(taxonomy.themes.map((t) => t.facet));
    expect([...facets].sort()).toEqual(['exploitation', 'sector', 'theme']);
  });

  it('names every country, theme and document type in each interface language, never as blank', async () => {
    const taxonomy = await ok(portal.api.taxonomy());
    // English is the `name` field itself; the other interface languages come from `names`.
    const translated = INTERFACE_LANGUAGES.map((l) => l.code).filter((code) => code !== 'en');
    const named = [
      ...taxonomy.countries.map((c) => ({ key: `country ${c.code}`, names: c.names })),
      ...taxonomy.themes.map((t) => ({ key: `theme ${t.id}`, names: t.names })),
      ...taxonomy.documentTypes.map((t) => ({ key: `document type ${t.type}`, names: t.names })),
    ];
    const untranslated = named.flatMap(({ key, names }) =>
      translated.filter((code) => names[code] === undefined).map((code) => `${key}: ${code}`),
    );
    expect(untranslated).toEqual([]);
    const organisations = taxonomy.organisations.map((o) => ({
      key: `organisation ${o.id}`,
      names: o.names,
    }));
    const blank = [...named, ...organisations].flatMap(({ key, names }) =>
      Object.entries(names)
        .filter(([, value]) => !value?.trim())
        .map(([code]) => `${key}: ${code}`),
    );
    expect(blank).toEqual([]);
  });

  it('marks every document as a sample written for the app', async () => {
    const docs = await ok(portal.api.listDocuments({ limit: 500 }));
    for (const d of docs.filter((x) => x.type !== 'news' && x.type !== 'event')) {
      const pages = await ok(portal.api.getPages(d.id));
      expect(pages[0]?.text ?? '', d.title).toMatch(/sample/i);
    }
  });

  it('dates every document by the year its catalog gives, never by its file', async () => {
    const docs = await ok(portal.api.listDocuments({ limit: 500 }));
    const undated = docs.filter((d) => d.year === null).map((d) => d.title);
    expect(undated).toEqual([]);
    // The sample PDFs were printed in 2026; the programme material they stand for is older.
    expect(docs.filter((d) => d.year !== null && d.year > 2025).map((d) => d.title)).toEqual([]);
  });

  it('answers the searches of the people it is for', async () => {
    const top = async (query: string, filters = {}) =>
      (await ok(portal.api.search({ query, filters }))).hits.map((h) => h.document.title);
    expect((await top('digital evidence', { countries: ['LA'] }))[0]).toMatch(/digital evidence/i);
    expect((await top('victim-sensitive courts')).slice(0, 3).join(' ')).toMatch(
      /victim-sensitive/i,
    );
    expect((await top('mutual legal assistance'))[0]).toMatch(/mutual legal assistance/i);
    expect(await top('Centre of Excellence')).not.toEqual([]);
    expect(await top('tuong tro tu phap')).not.toEqual([]);
    expect(await top('ผู้เสียหาย')).not.toEqual([]);
    expect(await top('ຜູ້ຖືກເຄາະຮ້າຍ')).not.toEqual([]);
    expect(await top('ເຄາະຮ້າຍ')).not.toEqual([]);
    expect(await top('ជនរងគ្រោះ')).not.toEqual([]);
    expect(await top('korban perdagangan orang')).not.toEqual([]);
  });

  it.each(Object.entries(resources))(
    "%s: the home page's example searches and search tips each find something",
    async (_language, { translation }) => {
      const home: Record<string, string> = translation.home;
      const queries = [
        'example1',
        'example2',
        'example3',
        'example4',
        'tipPhraseQuery',
        'tipPrefixQuery',
        'tipExcludeQuery',
        'tipOrQuery',
      ].map((key) => home[key]!);
      const found = await Promise.all(
        queries.map(async (query) => [query, (await ok(portal.api.search({ query }))).total]),
      );
      expect(found.filter(([, total]) => total === 0)).toEqual([]);
      expect(home.tipPrefixQuery).toMatch(/^\S+\*$/);
    },
  );
});
