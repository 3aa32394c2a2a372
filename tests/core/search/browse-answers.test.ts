import { describe, expect, it } from 'vitest';
import { browseAnswers } from '#core/search/browse-answers.ts';
import type { SearchResponse } from '#shared/types.ts';

const response = (total: number): SearchResponse => ({
  total,
  hits: [],
  facets: {
    countries: [],
    organisations: [],
    themes: [],
    exploitation: [],
    sectors: [],
    types: [],
    languages: [],
    years: [],
  },
  tookMs: 40,
});

describe('browseAnswers', () => {
  it('computes a search without a query once, and each different one apart', () => {
    const answers = browseAnswers();
    let computed = 0;
    const compute = () => response(++computed);
    expect(answers.answer({ query: '', limit: 1 }, compute).total).toBe(1);
    expect(answers.answer({ query: '', limit: 1 }, compute).total).toBe(1);
    expect(answers.answer({ query: '', limit: 1, typing: true }, compute).total).toBe(1);
    expect(answers.answer({ query: '', limit: 2 }, compute).total).toBe(2);
    expect(
      answers.answer({ query: '', filters: { countries: ['LA'] }, limit: 1 }, compute).total,
    ).toBe(3);
    expect(answers.answer({ query: '', sort: 'title', limit: 1 }, compute).total).toBe(4);
    expect(computed).toBe(4);
  });

  it('says how long the kept answer took to give, not the first computation', () => {
    const answers = browseAnswers();
    answers.answer({ query: '' }, () => response(1));
    expect(answers.answer({ query: '' }, () => response(2)).tookMs).toBeLessThan(40);
  });

  it('always computes a search with a query', () => {
    const answers = browseAnswers();
    let computed = 0;
    const compute = () => response(++computed);
    answers.answer({ query: 'court' }, compute);
    answers.answer({ query: 'court' }, compute);
    expect(computed).toBe(2);
  });

  it('keeps a bounded number of answers, forgetting the oldest', () => {
    const answers = browseAnswers();
    let computed = 0;
    const compute = () => response(++computed);
    for (let offset = 0; offset < 40; offset++) answers.answer({ query: '', offset }, compute);
    answers.answer({ query: '', offset: 39 }, compute);
    expect(computed).toBe(40);
    answers.answer({ query: '', offset: 0 }, compute);
    expect(computed).toBe(41);
  });
});
