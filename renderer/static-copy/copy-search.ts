// Search in the static copy: the query is parsed by the engine's own parser (words, phrases,
// prefix*, -exclusions, OR) and each term is looked up in the prebuilt lunr index. Terms combine
// as they do in the app: every group must match, any term of a group may, an excluded term
// removes a document. A Thai, Lao, Khmer or Burmese term also matches by its clusters, as the app
// matches it by its cluster phrase; phrases match as words anywhere in the document; a word typed
// with marks matches that form only.
import lunr from 'lunr';
import { isEmptyQuery, parseQuery, type Term } from '#shared/search/query-parser.ts';
import { CLUSTER_FIELDS, WORD_FIELDS } from '#shared/static-copy/copy-format.ts';
import { clusterQueryTokens, termWordTokens } from '#shared/static-copy/copy-tokens.ts';
import { isSeaCodeUnit } from '#shared/text/scripts.ts';

/** Score of each matching document, by its reference (its position in the catalog). */
export type Scores = Map<number, number>;

const WORD_FIELD_NAMES = Object.keys(WORD_FIELDS);
const CLUSTER_FIELD_NAMES = Object.keys(CLUSTER_FIELDS);

function documentsWithAll(
  index: lunr.Index,
  tokens: string[],
  fields: string[],
  prefixLast: boolean,
): Scores {
  if (tokens.length === 0) return new Map();
  const results = index.query((q) => {
    tokens.forEach((token, i) =>
      q.term(token, {
        fields,
        presence: lunr.Query.presence.REQUIRED,
        usePipeline: false,
        wildcard:
          prefixLast && i === tokens.length - 1
            ? lunr.Query.wildcard.TRAILING
            : lunr.Query.wildcard.NONE,
      }),
    );
  });
  return new Map(results.map((r) => [Number(r.ref), r.score]));
}

/** Adds `more` to `into`, keeping the better score of a document found twice. */
function union(into: Scores, more: Scores): Scores {
  for (const [ref, score] of more) into.set(ref, Math.max(score, into.get(ref) ?? 0));
  return into;
}

/** The term's Thai, Lao, Khmer or Burmese cluster tokens when it is written wholly in those scripts. */
export function termClusters(term: Term): string[] {
  return term.words.every((w) => isSeaCodeUnit(w.charCodeAt(0)))
    ? clusterQueryTokens(term.words.join(''))
    : [];
}

function termMatches(index: lunr.Index, term: Term): Scores {
  const clusters = termClusters(term);
  // As in the app, the last word of a Thai, Lao, Khmer or Burmese term may start a longer word:
  // the word segmenter cuts a word typed alone differently from the same word in a sentence.
  const prefix = term.prefix || clusters.length > 0;
  const found = documentsWithAll(index, termWordTokens(term), WORD_FIELD_NAMES, prefix);
  for (const variant of term.variants)
    union(found, documentsWithAll(index, [variant], WORD_FIELD_NAMES, false));
  return union(found, documentsWithAll(index, clusters, CLUSTER_FIELD_NAMES, false));
}

/**
 * The documents that match `query`, with their scores; null when the query asks for nothing,
 * which means every document.
 */
export function searchCopy(index: lunr.Index, documentCount: number, query: string): Scores | null {
  const parsed = parseQuery(query);
  if (isEmptyQuery(parsed)) return null;
  let found: Scores | null = null;
  for (const group of parsed.required) {
    const anyTerm: Scores = new Map();
    for (const term of group) union(anyTerm, termMatches(index, term));
    if (found === null) {
      found = anyTerm;
      continue;
    }
    const both: Scores = new Map();
    for (const [ref, score] of found) {
      const more = anyTerm.get(ref);
      if (more !== undefined) both.set(ref, score + more);
    }
    found = both;
  }
  found ??= new Map(Array.from({ length: documentCount }, (_, ref) => [ref, 0]));
  for (const term of parsed.excluded)
    for (const ref of termMatches(index, term).keys()) found.delete(ref);
  return found;
}
