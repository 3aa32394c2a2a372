// A page's text with the forms the search indexes read. Kept apart from the file readers so that
// the thread that only writes to the library never loads pdf.js.
import type { IndexedPage } from '../library/document-record.ts';
import { exactIndexText } from '#shared/text/exact.ts';
import { normalise, seaClusters } from '#shared/text/normalise.ts';

export function indexPage(text: string, label: string | null = null): IndexedPage {
  const body = normalise(text);
  return { text, label, body, sea: seaClusters(text), exact: exactIndexText(text, body) };
}
