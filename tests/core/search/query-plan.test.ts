import type Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLibraryDb } from '#core/db/open-database.ts';
import { insertDocument } from '#core/store/library/document-writer.ts';
import { libraryStore } from '#core/store/library-store.ts';
import { toMatchExpression } from '#core/search/match-expression.ts';
import { parseQuery } from '#shared/search/query-parser.ts';
import {
  forPages,
  MAX_NARROWED_PREFIX_WORDS,
  MAX_PREFIX_WORDS,
  planMetadata,
  planQuery,
} from '#core/search/query-plan.ts';
import { textRecord } from '../../helpers/document-records.ts';

// Six documents: "court" in every one, "fishing" in one, and many words starting with "zeta".
const TEXTS: string[] = [
  'The court heard the fishing crew. Prosecutors and prosecution.',
  'The court heard a witness.',
  'The court adjourned.',
  'The court ruled.',
  'The court and the judges.',
  `The court. ${Array.from({ length: MAX_PREFIX_WORDS + 1 }, (_, i) => `zeta${i}`).join(' ')}`,
];
// Too many words behind "omega" even for the pages of a few documents.
TEXTS[4] += ` ${Array.from({ length: MAX_NARROWED_PREFIX_WORDS + 1 }, (_, i) => `omega${i}`).join(' ')}`;

let db: Database.Database;

beforeAll(() => {
  db = openLibraryDb(':memory:');
  db.transaction(() => {
    TEXTS.forEach((text, i) =>
      insertDocument(
        db,
        textRecord(`doc-${i}`, [text], { title: `Document ${i}` }),
        '2024-01-01T00:00:00.000Z',
      ),
    );
  })();
});

afterAll(() => db.close());

const plan = (q: string) => planQuery(libraryStore(db), parseQuery(q), TEXTS.length);
const columns = { words: ['body'], clusters: 'sea' };
const expression = (q: ReturnType<typeof parseQuery> | null) =>
  q && toMatchExpression(q, columns).positive;

describe('planQuery', () => {
  it('leaves out of the ranking a word found in at least half the documents', () => {
    const p = plan('court fishing');
    expect(expression(p.ranking)).toBe('({body}: "fishing")');
    expect(p.rankingComplete).toBe(false);
    expect(expression(p.text)).toBe(expression(parseQuery('court fishing')));
  });

  it('ranks by every phrase when none is common, and skips forms found nowhere', () => {
    const p = plan('fishing witness');
    expect(expression(p.ranking)).toBe('(({body}: "fishing" OR {body}: "witness"))');
    expect(p.rankingComplete).toBe(true);
  });

  it('has nothing to rank when every word is common', () => {
    const p = plan('the court');
    expect(p.ranking).toBeNull();
    expect(p.rankingComplete).toBe(false);
  });

  it('spells out a prefix as the words of the library it stands for', () => {
    const p = plan('prosecut*');
    expect(p.text.required[0]!.map((t) => t.words.join(' ')).sort()).toEqual([
      'prosecution',
      'prosecutors',
    ]);
    expect(p.text.required[0]!.every((t) => !t.prefix)).toBe(true);
    expect(p.rankingComplete).toBe(true);
  });

  it('keeps a prefix that stands for too many words, and phrases, as they are', () => {
    expect(plan('zeta*').text.required[0]).toEqual(parseQuery('zeta*').required[0]);
    const phrase = plan('"court heard"');
    expect(phrase.text).toEqual(parseQuery('"court heard"'));
    expect(expression(phrase.ranking)).toBe('({body}: "court heard")');
  });

  it('spells out for the pages of a few documents a prefix left whole over the documents', () => {
    const library = libraryStore(db);
    const p = plan('court zeta*');
    expect(p.text.required[1]).toEqual(parseQuery('zeta*').required[0]);
    const pages = forPages(library, p.text);
    expect(pages.required[0]).toEqual(p.text.required[0]);
    const spelled = pages.required[1]!;
    expect(spelled).toHaveLength(MAX_PREFIX_WORDS + 1);
    expect(spelled.every((t) => !t.prefix && t.words[0]!.startsWith('zeta'))).toBe(true);
    const omega = plan('omega*').text;
    expect(forPages(library, omega)).toEqual(omega);
    const prosecut = plan('prosecut*').text;
    expect(forPages(library, prosecut)).toBe(prosecut);
  });

  it('spells out a phrase ending in a prefix of many words, as phrases', () => {
    const p = plan('"court zeta"*');
    expect(p.text.required[0]).toHaveLength(MAX_PREFIX_WORDS + 1);
    expect(p.text.required[0]!.every((t) => t.words[0] === 'court' && !t.prefix)).toBe(true);
    expect(p.ranking?.required[0]).toEqual(p.text.required[0]);
    expect(plan('"court omega"*').text).toEqual(parseQuery('"court omega"*'));
  });

  it('spells out excluded prefixes too', () => {
    const p = plan('court -prosecut*');
    expect(p.text.excluded.map((t) => t.words[0]).sort()).toEqual(['prosecution', 'prosecutors']);
  });
});

describe('planMetadata', () => {
  it('weighs the metadata words that are in fewer than half the documents', () => {
    // Every title is "Document n"; "5" is in one.
    const common = planMetadata(libraryStore(db), parseQuery('document'), TEXTS.length);
    expect(common).toEqual({ ranking: null, rankingComplete: false });
    const rare = planMetadata(libraryStore(db), parseQuery('document 5'), TEXTS.length);
    expect(expression(rare.ranking)).toBe('({body}: "5")');
    expect(planMetadata(libraryStore(db), parseQuery('"document 5" docu*'), TEXTS.length)).toEqual({
      ranking: { required: [parseQuery('"document 5" docu*').required.flat()], excluded: [] },
      rankingComplete: true,
    });
  });
});
