// Turns a parsed query into FTS5 MATCH strings. Every token is a double-quoted string built from
// normalised words, and every operator, column filter and parenthesis is added here, so no query
// can raise an FTS5 syntax error or reach a column it should not.

import type { ParsedQuery, Term } from '#shared/search/query-parser.ts';
import { isLongEnoughPrefix } from '#shared/search/prefix-length.ts';
import { clusterPairQuery } from '#shared/text/cluster-pairs.ts';
import { exactToken } from '#shared/text/exact.ts';

export interface MatchColumns {
  /** Columns holding normalise(text). */
  words: readonly string[];
  /** The column holding seaClusterPairs(text). */
  clusters: string;
  /**
   * The column holding exactIndexText(text); without one, a term typed with marks matches by its
   * letters, as one typed without.
   */
  exact?: string;
  /**
   * True when the cluster column holds every Thai, Lao, Khmer and Burmese letter of the word
   * columns (the page and document text, not the metadata, whose organisation names have no
   * clusters): a term of those scripts is then matched by its clusters alone, which find every
   * place its words would, without reading the word columns as well.
   */
  clustersCoverWords?: boolean;
}

export interface MatchExpression {
  /** Documents must match this; null when the query has nothing to look for. */
  positive: string | null;
  /** Documents matching this are left out; null when nothing is excluded. */
  negative: string | null;
}

const COLUMN_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

function validateColumns(columns: MatchColumns): void {
  if (typeof columns !== 'object' || columns === null) {
    throw new TypeError('toMatchExpression: columns must be an object { words, clusters, exact }');
  }
  if (!Array.isArray(columns.words) || columns.words.length === 0) {
    throw new TypeError('toMatchExpression: columns.words must list at least one column');
  }
  const named = [...columns.words, columns.clusters];
  if (columns.exact !== undefined) named.push(columns.exact);
  for (const name of named) {
    if (typeof name !== 'string' || !COLUMN_NAME.test(name)) {
      throw new TypeError(`toMatchExpression: invalid column name ${JSON.stringify(name)}`);
    }
  }
}

/** An FTS5 string: the tokenizer cuts it into tokens, and several tokens make a phrase. */
function quoted(text: string, prefix: boolean): string {
  return `"${text.replaceAll('"', '""')}"${prefix ? '*' : ''}`;
}

/**
 * The tokens of the index that a prefix token begins, or null when they are too many (or none) to
 * spell out: a phrase ending in a prefix is then written as one phrase per token, which FTS5 reads
 * only in the rows it is narrowed to, where it reads a prefix over the whole index first.
 */
export type SpellPrefix = (token: string) => string[] | null;

/**
 * A term's clusters as the cluster column indexes them (cluster-pairs.ts); a term being typed
 * (a prefix) may end inside a cluster.
 */
function clusterPhrase(term: Term, spell: SpellPrefix | undefined): string {
  const { tokens, prefix } = clusterPairQuery(term.sea, term.prefix);
  const head = tokens.slice(0, -1);
  const spelled = prefix && spell ? spell(tokens[tokens.length - 1] ?? '') : null;
  if (spelled) return anyOf(spelled.map((token) => quoted([...head, token].join(' '), false)));
  return quoted(tokens.join(' '), prefix);
}

/** A term's cluster pairs each anywhere, in any order: every place its phrase is, maybe more. */
function clusterPairsAnywhere(term: Term): string {
  const { tokens, prefix } = clusterPairQuery(term.sea, term.prefix);
  const last = tokens[tokens.length - 1] ?? '';
  const others = new Set(tokens.slice(0, -1));
  others.delete(last);
  return `(${[...[...others].map((t) => quoted(t, false)), quoted(last, prefix)].join(' AND ')})`;
}

/**
 * A term with words typed with marks, as a phrase of the exact column: a marked word is its one
 * token, any other word the prefix of its tokens (every form), a prefix's last word its letters.
 */
function exactExpression(term: Term, exactForms: string[], column: string): string {
  const last = term.words.length - 1;
  const tokens = term.words.map((word, i) => {
    if (i === last && term.prefix) return quoted(word, true);
    const exact = exactForms[i] ?? '';
    return exact === ''
      ? quoted(exactToken(word, ''), true)
      : quoted(exactToken(word, exact), false);
  });
  return `${column}: (${tokens.join(' + ')})`;
}

function termExpression(
  term: Term,
  words: string,
  clusters: string,
  exact: string | null,
  clustersAlone: boolean,
  pairsAnywhere: boolean,
  spell: SpellPrefix | undefined,
): string {
  if (term.exact && exact !== null) return exactExpression(term, term.exact, exact);
  if (term.sea.length > 0 && clustersAlone) {
    return `${clusters}: ${pairsAnywhere ? clusterPairsAnywhere(term) : clusterPhrase(term, spell)}`;
  }
  if (term.sea.length > 0) {
    // The word segmenter may cut the indexed sentence differently from the query typed alone, so
    // the last word may be the start of a longer indexed word, and the cluster index matches the
    // term as a substring whatever the cuts. A last word of one cluster is no prefix: the clusters
    // find it, and as a prefix it would stand for a good part of the library's words.
    const wordPrefix = isLongEnoughPrefix(term.words[term.words.length - 1] ?? '');
    return `(${words}: ${quoted(term.words.join(' '), wordPrefix)} OR ${clusters}: ${clusterPhrase(term, spell)})`;
  }
  const phrase = quoted(term.words.join(' '), term.prefix);
  if (term.variants.length === 0) return `${words}: ${phrase}`;
  const forms = [phrase, ...term.variants.map((v) => quoted(v, false))];
  return `${words}: (${forms.join(' OR ')})`;
}

function anyOf(expressions: string[]): string {
  return expressions.length === 1 ? (expressions[0] ?? '') : `(${expressions.join(' OR ')})`;
}

/**
 * The query as FTS5 expressions over `columns`. With `clusterPairsAnywhere`, a Thai, Lao, Khmer or
 * Burmese term matched by its clusters alone needs only its cluster pairs somewhere in the row, in
 * any order: a superset of its matches that FTS5 finds without reading a position. With
 * `spellPrefix`, a cluster phrase ending in a prefix is spelled out as it says.
 */
export function toMatchExpression(
  q: ParsedQuery,
  columns: MatchColumns,
  clusterPairsAnywhere = false,
  spellPrefix?: SpellPrefix,
): MatchExpression {
  validateColumns(columns);
  const words = `{${columns.words.join(' ')}}`;
  const clusters = `{${columns.clusters}}`;
  const exact = columns.exact === undefined ? null : `{${columns.exact}}`;
  const clustersAlone = columns.clustersCoverWords === true;
  const expression = (term: Term): string =>
    termExpression(term, words, clusters, exact, clustersAlone, clusterPairsAnywhere, spellPrefix);
  const groups = q.required
    .filter((group) => group.length > 0)
    .map((group) => anyOf(group.map(expression)));
  return {
    positive: groups.length === 0 ? null : groups.map((g) => `(${g})`).join(' AND '),
    negative: q.excluded.length === 0 ? null : anyOf(q.excluded.map(expression)),
  };
}

/**
 * The expression narrowed to the pages of `documents` through the column that holds each page's
 * document rowid: FTS5 then leaps from one of those pages to the next instead of reading every
 * page that matches, and a phrase that is rare in them cannot send it searching the whole index.
 */
export function withinDocuments(expression: string, documents: readonly number[]): string {
  for (const d of documents) {
    if (!Number.isSafeInteger(d) || d < 0) throw new RangeError(`Not a document rowid: ${d}`);
  }
  return `(${expression}) AND {document}: (${documents.map((d) => `"${d}"`).join(' OR ')})`;
}
