import { describe, expect, it } from 'vitest';
import { findHighlighter } from '#renderer/reader/highlight/highlighter.ts';
import { adjacentMatchPage, matchesPerPage } from '#renderer/reader/highlight/page-matches.ts';

const pages = [
  { page: 3, text: 'Digital evidence and more digital evidence.' },
  { page: 1, text: 'Nothing here.' },
  { page: 7, text: 'Preserve digital evidence early.' },
];

describe('matchesPerPage', () => {
  it('counts matches on each page that has any, in page order', () => {
    const matches = matchesPerPage(pages, findHighlighter('digital evid'));
    expect(matches).toEqual({
      pages: [
        { page: 3, count: 2 },
        { page: 7, count: 1 },
      ],
      total: 3,
    });
  });

  it('finds nothing without terms', () => {
    expect(matchesPerPage(pages, null)).toEqual({ pages: [], total: 0 });
  });
});

describe('adjacentMatchPage', () => {
  const matches = {
    pages: [
      { page: 3, count: 2 },
      { page: 7, count: 1 },
    ],
    total: 3,
  };

  it('goes to the next or previous page with a match, wrapping around', () => {
    expect(adjacentMatchPage(matches, 3, 1)).toBe(7);
    expect(adjacentMatchPage(matches, 7, 1)).toBe(3);
    expect(adjacentMatchPage(matches, 5, -1)).toBe(3);
    expect(adjacentMatchPage(matches, 2, -1)).toBe(7);
    expect(adjacentMatchPage({ pages: [], total: 0 }, 2, 1)).toBeNull();
  });
});
