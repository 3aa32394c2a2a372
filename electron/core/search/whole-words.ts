// Thai, Lao, Khmer and Burmese terms match whole words and, through the cluster column, letters
// inside longer words (the word segmenter may cut a sentence differently from a query typed alone).
// A document or page where they are whole words ranks above one where they are only inside others.
import type { ParsedQuery, Term } from '#shared/search/query-parser.ts';

/** The term matching whole words only (its clusters dropped). */
export function asWholeWords(term: Term): Term {
  return term.sea.length > 0 ? { ...term, sea: [] } : term;
}

/** The query with its Thai, Lao, Khmer and Burmese terms matching whole words only; null without any. */
export function wholeWordQuery(q: ParsedQuery): ParsedQuery | null {
  if (!q.required.some((group) => group.some((term) => term.sea.length > 0))) return null;
  return { required: q.required.map((group) => group.map(asWholeWords)), excluded: [] };
}
