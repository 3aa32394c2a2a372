// The copy's one screen: the browse menus and the results, built from text nodes only (library
// text is never parsed as markup). A PDF hit links to its file at the best page.
import type { ParsedQuery } from '#shared/search/query-parser.ts';
import type { CopyCatalog, CopyDocument } from '#shared/static-copy/copy-format.ts';
import { copyNumber, copyStrings } from '#shared/static-copy/copy-strings.ts';
import { bestPage } from './best-page.ts';
import { BROWSE_FACETS, facetCounts, type Browse, type BrowseFacet } from './copy-results.ts';
import type { Scores } from './copy-search.ts';
import { pageTokens } from './page-tokens.ts';

const SHOWN = 50;

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text = '',
  className = '',
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (text) el.textContent = text;
  if (className) el.className = className;
  return el;
}

function nameOf(catalog: CopyCatalog, facet: BrowseFacet, value: string): string {
  const names = {
    country: catalog.names.countries,
    theme: catalog.names.themes,
    organisation: catalog.names.organisations,
    type: catalog.names.types,
  }[facet];
  return names[value] ?? value;
}

export function renderBrowse(
  container: HTMLElement,
  catalog: CopyCatalog,
  scores: Scores | null,
  browse: Browse,
  onChange: (facet: BrowseFacet, value: string) => void,
): void {
  const { language } = catalog;
  const words = copyStrings(language);
  container.replaceChildren(
    ...BROWSE_FACETS.map((facet) => {
      const label = element('label', words.facets[facet]);
      const select = element('select');
      select.name = facet;
      select.append(new Option(words.all, ''));
      const counts = [...facetCounts(catalog, scores, browse, facet)]
        .map(([value, count]) => ({ value, count, name: nameOf(catalog, facet, value) }))
        .sort((a, b) => a.name.localeCompare(b.name, language));
      for (const { value, count, name } of counts)
        select.append(new Option(`${name} (${copyNumber(count, language)})`, value));
      const chosen = browse[facet];
      if (chosen && !counts.some((c) => c.value === chosen))
        select.append(
          new Option(`${nameOf(catalog, facet, chosen)} (${copyNumber(0, language)})`, chosen),
        );
      select.value = chosen ?? '';
      select.addEventListener('change', () => onChange(facet, select.value));
      label.append(select);
      return label;
    }),
  );
}

function pageLink(doc: CopyDocument, page: number): string {
  return doc.format === 'pdf' ? `${doc.href}#page=${page}` : `${doc.href}#page-${page}`;
}

function resultItem(
  catalog: CopyCatalog,
  doc: CopyDocument,
): { item: HTMLLIElement; link: HTMLAnchorElement } {
  const { language } = catalog;
  const item = element('li', '', 'copy-result');
  const link = element('a', doc.title);
  link.href = doc.href;
  const meta = [
    nameOf(catalog, 'type', doc.type),
    doc.year === null ? '' : String(doc.year),
    doc.countries.map((c) => nameOf(catalog, 'country', c)).join(', '),
    doc.format === 'pdf'
      ? copyStrings(language).pdfPages(doc.pageCount, copyNumber(doc.pageCount, language))
      : '',
  ].filter((part) => part !== '');
  item.append(element('h2', '', 'copy-result-title'));
  item.firstElementChild!.append(link);
  item.append(element('p', meta.join(' · '), 'copy-result-meta'));
  if (doc.note) item.append(element('p', doc.note, 'copy-result-note'));
  if (doc.summary) item.append(element('p', doc.summary, 'copy-result-summary'));
  return { item, link };
}

/** Points the link at the best page for the query once the document's page tokens are in. */
async function linkBestPage(
  link: HTMLAnchorElement,
  doc: CopyDocument,
  ref: number,
  query: ParsedQuery,
  language: string,
): Promise<void> {
  const page = bestPage(await pageTokens(ref), query);
  link.href = pageLink(doc, page);
  link.dataset.page = String(page);
  const notes = [
    page > 1 ? copyStrings(language).atPage(copyNumber(page, language)) : '',
    doc.ocrPages?.includes(page) ? copyStrings(language).fromScan : '',
  ].join('');
  if (notes) link.after(element('span', notes, 'copy-result-page'));
}

export function renderResults(
  list: HTMLElement,
  count: HTMLElement,
  catalog: CopyCatalog,
  refs: number[],
  query: ParsedQuery | null,
): void {
  const { language } = catalog;
  const words = copyStrings(language);
  const documents = words.documents(refs.length, copyNumber(refs.length, language));
  count.textContent =
    refs.length === 0
      ? words.noMatch
      : refs.length > SHOWN
        ? words.firstShown(documents, copyNumber(SHOWN, language))
        : documents;
  const shown = refs.slice(0, SHOWN).map((ref) => {
    const doc = catalog.documents[ref]!;
    return { ref, doc, ...resultItem(catalog, doc) };
  });
  list.replaceChildren(...shown.map(({ item }) => item));
  // The hits are on screen first; their pages' tokens load after, and each link then moves to
  // its best page (a hit opened before that opens at the document's first page).
  if (query)
    setTimeout(() => {
      for (const { link, doc, ref } of shown) void linkBestPage(link, doc, ref, query, language);
    }, 0);
}
