// The static copy answers the relevance set's queries (phrases aside, which the copy matches as
// words anywhere) with the same first ten documents as the app: the multilingual library is
// indexed, exported, and each query runs through the copy's own search code against its index.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Portal } from '#core/portal.ts';
import { LIBRARY_DIR } from '#scripts/fixtures/make-multilingual-library.ts';
import { orderedResults } from '#static-copy/copy-results.ts';
import { searchCopy } from '#static-copy/copy-search.ts';
import { tempFolderFor } from '../helpers/temp-folder.ts';
import { exportForTest, indexedPortal, readCopy } from '../helpers/static-copy.ts';
import { loadRelevanceSet } from './relevance-set.ts';

const K = 10;
/**
 * Queries whose first ten may hold other documents: the copy matches a term of several words, or
 * of several clusters, as words or cluster pairs anywhere in the document, where the app wants them
 * in a row (today สืบพยาน*, two Thai words that one more document holds apart, and ສານ, whose two
 * cluster pairs two more Lao documents hold apart).
 */
const MAX_DIFFERENT_SETS = 2;

const queries = loadRelevanceSet(join(import.meta.dirname, 'queries.yaml')).filter(
  (q) => q.kind !== 'phrase',
);

let portal: Portal;
let copy: ReturnType<typeof readCopy>;

beforeAll(async () => {
  const data = tempFolderFor('copy-agreement');
  portal = await indexedPortal(data, LIBRARY_DIR);
  const folder = join(data, 'copy');
  await exportForTest(portal, folder);
  copy = readCopy(folder);
}, 120_000);

afterAll(() => portal?.close());

async function appTopTen(query: string): Promise<string[]> {
  const result = await portal.api.search({ query, limit: K });
  if (!result.ok) throw new Error(result.error.message);
  return result.value.hits.map((h) => h.document.id);
}

function copyTopTen(query: string): string[] {
  const scores = searchCopy(copy.index, copy.catalog.documents.length, query);
  return orderedResults(copy.catalog, scores, {})
    .slice(0, K)
    .map((ref) => copy.catalog.documents[ref]!.id);
}

describe('the static copy against the app', () => {
  it(`returns the same first ${K} documents for the relevance queries (phrases aside)`, async () => {
    const differentSets: string[] = [];
    let sameOrder = 0;
    for (const { query } of queries) {
      const app = await appTopTen(query);
      const inCopy = copyTopTen(query);
      if (app.join() === inCopy.join()) sameOrder++;
      if ([...app].sort().join() !== [...inCopy].sort().join())
        differentSets.push(`${query}: app ${app.length}, copy ${inCopy.length}`);
    }
    console.log(
      `Static copy against the app, ${queries.length} queries: same first ${K} documents for ${queries.length - differentSets.length}, in the same order for ${sameOrder}` +
        (differentSets.length ? `\n  different: ${differentSets.join('\n  different: ')}` : ''),
    );
    expect(differentSets.length).toBeLessThanOrEqual(MAX_DIFFERENT_SETS);
  }, 60_000);
});
