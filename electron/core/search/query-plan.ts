// How a parsed query runs against the text indexes, decided from the library's own word counts:
// prefixes become the indexed words they stand for, and only the words that tell documents apart
// are ranked by bm25.
import type { LibraryStore } from '../store/library-store.ts';
import type { SpellPrefix } from './match-expression.ts';
import type { Vocabulary } from '../store/library/text-search.ts';
import type { ParsedQuery, Term } from '#shared/search/query-parser.ts';

/** More words than this behind a prefix and it is searched as a prefix. */
export const MAX_PREFIX_WORDS = 32;
/**
 * The same for a prefix ending a phrase, and in the pages of a few documents. FTS5 reads a prefix
 * by merging the doclists of all its words over the whole index (with a phrase's positions) before
 * narrowing to the documents or pages that matter, up to a second at a million pages, where each
 * word leaps to them. A word alone over every document costs as much either way, and spelled out
 * it is weighed word by word: hence the lower bound for it.
 */
export const MAX_NARROWED_PREFIX_WORDS = 500;

export interface QueryPlan {
  /** The query with each prefix replaced by the words of the library it stands for: same matches. */
  text: ParsedQuery;
  /** The phrases worth ranking by, as one OR group; null when there are none. */
  ranking: ParsedQuery | null;
  /** True when no phrase was left out for being common: bm25 over `text` then gives the same scores. */
  rankingComplete: boolean;
  /**
   * The query's required groups (terms any of which will do), each term planned: what it matches
   * and what of it ranks.
   */
  groups: PlannedTerm[][];
  /**
   * At most how many documents hold the ranking phrases, summed over the phrases (Infinity when not
   * known): what weighing them by bm25 reads, since FTS5 counts each phrase over the whole index.
   */
  rankingDocuments: number;
}

interface IndexedWord {
  word: string;
  documents: number;
}

const word = (w: string): Term => ({ words: [w], prefix: false, sea: [], variants: [] });

/**
 * A phrase, a Thai, Lao, Khmer or Burmese term or a term typed with marks: matched on word
 * positions (or in the exact column), in the document text.
 */
export function isPositional(term: Term): boolean {
  return term.words.length > 1 || term.sea.length > 0 || term.exact !== undefined;
}

/**
 * The forms of a one-word term (the word and its variants) worth weighing: a form in no document
 * weighs nothing and needs no reading; `common` when some form is in at least half of them.
 */
function rankedForms(
  library: LibraryStore,
  vocabulary: Vocabulary,
  term: Term,
  half: number,
): { ranking: Term[]; common: boolean; documents: number } {
  const counted = [term.words[0] ?? '', ...term.variants].map((w) => ({
    w,
    documents: library.documentFrequency(vocabulary, w),
  }));
  const ranked = counted.filter((f) => f.documents > 0 && f.documents < half);
  return {
    ranking: ranked.map((f) => word(f.w)),
    common: counted.some((f) => f.documents >= half),
    documents: ranked.reduce((sum, f) => sum + f.documents, 0),
  };
}

/**
 * At most how many documents hold a phrase of several words or a word typed with marks: as many
 * as hold its rarest word; Infinity for a Thai, Lao, Khmer or Burmese term, whose clusters are
 * counted in another column.
 */
function phraseDocuments(library: LibraryStore, term: Term): number {
  if (term.sea.length > 0) return Infinity;
  return Math.min(...term.words.map((w) => library.documentFrequency('doc_words_vocab', w)));
}

/** Indexed words starting with `prefix`, at most `max` + 1 of them. */
function wordsStartingWith(library: LibraryStore, prefix: string, max: number): IndexedWord[] {
  return library
    .wordsFrom(prefix, max + 1)
    .filter(([w]) => w.startsWith(prefix))
    .map(([w, documents]) => ({ word: w, documents }));
}

/** The phrases a prefix term stands for (its words before the prefix, then each indexed word). */
const spelledOut = (term: Term, words: IndexedWord[]): Term[] => {
  const head = term.words.slice(0, -1);
  return words.map((w) => ({ ...word(w.word), words: [...head, w.word] }));
};

const lastWord = (term: Term) => term.words[term.words.length - 1] ?? '';

/** A word or a phrase ending in a prefix, not of Thai, Lao, Khmer or Burmese, nor typed with marks. */
const isPlainPrefix = (term: Term) => term.prefix && term.sea.length === 0 && !term.exact;

export interface PlannedTerm {
  /** What the term matches, with a prefix spelled out when it stands for few words. */
  matching: Term[];
  /** The phrases bm25 would weigh, each as it is written in the query. */
  ranking: Term[];
  /** True when some phrase is in so many documents that `ranking` leaves it out. */
  common: boolean;
  /** At most how many documents hold the phrases of `ranking` (summed over them), or Infinity. */
  documents: number;
}

/**
 * bm25 gives a phrase found in at least half the rows an IDF of 1e-6, so such a phrase changes no
 * ranking: leaving it out of the ranking pass spares reading its every occurrence. Phrases of several
 * words and Thai, Lao, Khmer and Burmese terms are kept: counting their documents would cost as
 * much as ranking them; so are terms typed with marks, matched in the exact column.
 */
function planTerm(library: LibraryStore, term: Term, half: number): PlannedTerm {
  if (term.sea.length > 0 || term.exact || (term.words.length > 1 && !term.prefix)) {
    const documents = phraseDocuments(library, term);
    return { matching: [term], ranking: [term], common: false, documents };
  }
  if (term.prefix) {
    const phrase = term.words.length > 1;
    const max = phrase ? MAX_NARROWED_PREFIX_WORDS : MAX_PREFIX_WORDS;
    const words = wordsStartingWith(library, lastWord(term), max);
    if (words.length === 0 || words.length > max) {
      const common = !phrase && words.some((w) => w.documents >= half);
      return { matching: [term], ranking: common ? [] : [term], common, documents: Infinity };
    }
    // Spelled out, a prefix is words (or phrases) like any other, each weighed on its own.
    const matching = spelledOut(term, words);
    const total = (list: IndexedWord[]) => list.reduce((sum, w) => sum + w.documents, 0);
    if (phrase) {
      return { matching, ranking: matching, common: false, documents: total(words) };
    }
    const kept = words.filter((w) => w.documents < half);
    const ranking = matching.filter((_, i) => (words[i]?.documents ?? 0) < half);
    return {
      matching,
      ranking,
      common: ranking.length < matching.length,
      documents: total(kept),
    };
  }
  return { matching: [term], ...rankedForms(library, 'doc_words_vocab', term, half) };
}

export function planQuery(
  library: LibraryStore,
  query: ParsedQuery,
  documentCount: number,
): QueryPlan {
  const half = documentCount / 2;
  const planned = new Map<Term, PlannedTerm>();
  const plan = (term: Term) => {
    let p = planned.get(term);
    if (!p) planned.set(term, (p = planTerm(library, term, half)));
    return p;
  };
  const text: ParsedQuery = {
    required: query.required.map((group) => group.flatMap((t) => plan(t).matching)),
    excluded: query.excluded.flatMap((t) => plan(t).matching),
  };
  const positive = query.required.flat().map(plan);
  const ranking = positive.flatMap((p) => p.ranking);
  return {
    text,
    ranking: ranking.length === 0 ? null : { required: [ranking], excluded: [] },
    rankingComplete: positive.every((p) => !p.common),
    groups: query.required.map((group) => group.map(plan)),
    rankingDocuments: positive.reduce(
      (sum, p) => sum + (p.ranking.length > 0 ? p.documents : 0),
      0,
    ),
  };
}

/** The metadata side of a query: which phrases to weigh, as in QueryPlan (prefixes stay prefixes). */
export interface MetadataPlan {
  ranking: ParsedQuery | null;
  rankingComplete: boolean;
}

export function planMetadata(
  library: LibraryStore,
  query: ParsedQuery,
  documentCount: number,
): MetadataPlan {
  const half = documentCount / 2;
  const planned = query.required
    .flat()
    .map((term) =>
      isPositional(term) || term.prefix
        ? { ranking: [term], common: false }
        : rankedForms(library, 'docs_vocab', term, half),
    );
  const ranking = planned.flatMap((p) => p.ranking);
  return {
    ranking: ranking.length === 0 ? null : { required: [ranking], excluded: [] },
    rankingComplete: planned.every((p) => !p.common),
  };
}

/**
 * The positive side of a planned query (QueryPlan.text) as the pages of a few documents are
 * matched: a prefix left whole over the documents spelled out too, when it stands for at most
 * MAX_NARROWED_PREFIX_WORDS words. The query itself when it has no such prefix.
 */
export function forPages(library: LibraryStore, text: ParsedQuery): ParsedQuery {
  if (!text.required.flat().some(isPlainPrefix)) return text;
  const spelled = (term: Term): Term[] => {
    if (!isPlainPrefix(term)) return [term];
    const words = wordsStartingWith(library, lastWord(term), MAX_NARROWED_PREFIX_WORDS);
    const many = words.length === 0 || words.length > MAX_NARROWED_PREFIX_WORDS;
    return many ? [term] : spelledOut(term, words);
  };
  return { required: text.required.map((group) => group.flatMap(spelled)), excluded: [] };
}

/**
 * For the pages of a few documents: a cluster pair read as a prefix (the last of a Thai, Lao,
 * Khmer or Burmese term of one cluster, or being typed) spelled out as the pairs of the library it
 * begins, when at most MAX_NARROWED_PREFIX_WORDS.
 */
export function pairsForPages(library: LibraryStore): SpellPrefix {
  return (token) => {
    const tokens = library.textTokensFrom(token, MAX_NARROWED_PREFIX_WORDS + 1);
    return tokens.length === 0 || tokens.length > MAX_NARROWED_PREFIX_WORDS ? null : tokens;
  };
}
