// A page's text with the forms the search indexes read. Kept apart from the file readers so that
// the thread that only writes to the library never loads pdf.js.
import type { IndexedPage } from '../library/document-record.ts';
import { exactIndexText } from '#shared/text/exact.ts';
import { seaClusterPairs } from '#shared/text/cluster-pairs.ts';
import { normalise } from '#shared/text/normalise.ts';

export function indexPage(text: string, label: string | null = null): IndexedPage {
  const body = normalise(text);
  return { text, label, body, sea: seaClusterPairs(text), exact: exactIndexText(text, body) };
}
