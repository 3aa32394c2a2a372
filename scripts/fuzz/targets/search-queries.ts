// Search queries of any text: every Unicode character, FTS5's own syntax (operators, column
// filters, NEAR, ^, *, quotes, parentheses), NUL and lone surrogates, through the API's door
// into the real engine over a real library. Each ends in a result or a typed error; a query that
// reaches SQLite as syntax it cannot parse would come back as 'failed'.
import fc from 'fast-check';
import { callApiMethod } from '#core/serving/call-api.ts';
import { SORT_ORDERS } from '#shared/types.ts';
import type { FuzzTarget } from '../fuzz-target.ts';
import { CaseFailure, withinTime } from '../fuzz-target.ts';
import { openFuzzLibrary } from '../fuzz-library.ts';

const CASE_TIMEOUT_MS = 10_000;

const syntax = fc.constantFrom(
  'AND',
  'OR',
  'NOT',
  'NEAR',
  'NEAR(',
  'NEAR(evidence digital, 2)',
  'NEAR(a b, -1)',
  '^',
  '*',
  '"',
  "'",
  '(',
  ')',
  '{',
  '}',
  '{title body}:',
  'title:',
  'body:',
  'sea:',
  'exact:',
  '-',
  '+',
  ':',
  ',',
  '\u0000',
  '\uD800',
  '\uDFFF',
  '\uFEFF',
  '\u200B',
  '\u0301',
  '""',
  '*"*',
  'rowid:',
  'doc_text_fts:',
);

const word = fc.oneof(
  fc.constantFrom('evidence', 'digital', 'forced', 'labour', 'lao', 'bằng', 'chứng', 'ហិរញ្ញវត្ថុ'),
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
);

const query = fc
  .array(fc.tuple(fc.oneof(syntax, word), fc.constantFrom(' ', '', '\t', '\n')), { maxLength: 14 })
  .map((parts) => parts.map(([token, gap]) => token + gap).join(''));

/** The typed answers a search may give to a query it will not run. */
const REFUSALS = new Set(['invalid-argument', 'query-too-broad']);

export const searchQueries: FuzzTarget = {
  name: 'search-queries',
  shortRuns: 300,
  caseTimeoutMs: CASE_TIMEOUT_MS,
  async setUp(work) {
    const library = await openFuzzLibrary(work);
    const views = [library.portal.api, library.portal.sharedView.api];
    return {
      property: fc.asyncProperty(
        query,
        fc.boolean(),
        fc.option(fc.constantFrom(...SORT_ORDERS), { nil: undefined }),
        fc.nat(1),
        async (text, typing, sort, view) => {
          const request = sort ? { query: text, typing, sort } : { query: text, typing };
          const found = await withinTime(
            callApiMethod(views[view]!, 'search', [request]),
            CASE_TIMEOUT_MS,
            'The search',
          );
          if (!found.ok && !REFUSALS.has(found.error.code))
            throw new CaseFailure(`The search failed: ${found.error.code}: ${found.error.message}`);
          if (found.ok && !Array.isArray(found.value.hits))
            throw new CaseFailure('The search answered without a list of hits.');
        },
      ),
      close: () => library.portal.close(),
    };
  },
};
