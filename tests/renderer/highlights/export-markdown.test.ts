import { describe, expect, it } from 'vitest';
import type { Highlight } from '#shared/highlights.ts';
import { groupByDocument, highlightsMarkdown } from '#renderer/highlights/export-markdown.ts';
import type { CiteAt, CitedDocument } from '#renderer/highlights/export-markdown.ts';
import { formatCitation } from '#shared/citation.ts';

const GUIDELINES: CitedDocument = {
  id: 'a'.repeat(64),
  title: 'Guidelines for Victim-Sensitive Courts',
  organisations: [
    { id: 'psc', name: "People's Supreme Court of Lao PDR", role: 'publisher' },
  ] as CitedDocument['organisations'],
  year: 2022,
  language: 'en',
};

const cite: CiteAt = (document, page) => formatCitation(document, { number: page });

const highlight = (changes: Partial<Highlight>): Highlight => ({
  id: 1,
  documentId: GUIDELINES.id,
  page: 4,
  prefix: '',
  exact: 'The court may hear the child by video link.',
  suffix: '',
  start: 0,
  colour: 'green',
  note: '',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...changes,
});

const labels = { title: 'Highlighted passages', note: 'Note', page: 'p.', unknownDocument: 'Gone' };

describe('highlightsMarkdown', () => {
  it('quotes each passage with its citation and note, document by document in reading order', () => {
    const groups = groupByDocument(
      [
        highlight({ id: 2, page: 7, exact: 'Closed hearing.\nNo press.', note: 'Appeal' }),
        highlight({ id: 1 }),
        highlight({ id: 3, documentId: 'b'.repeat(64), page: 2, exact: 'Lost passage' }),
      ],
      new Map([[GUIDELINES.id, GUIDELINES]]),
    );
    expect(highlightsMarkdown(groups, cite, labels)).toBe(
      [
        '# Highlighted passages',
        '## Guidelines for Victim-Sensitive Courts',
        '> The court may hear the child by video link.',
        "— Guidelines for Victim-Sensitive Courts (People's Supreme Court of Lao PDR, 2022), p. 4",
        '> Closed hearing.\n> No press.',
        "— Guidelines for Victim-Sensitive Courts (People's Supreme Court of Lao PDR, 2022), p. 7",
        'Note: Appeal',
        '## Gone',
        '> Lost passage',
        '— Gone, p. 2',
      ].join('\n\n') + '\n',
    );
  });
});
