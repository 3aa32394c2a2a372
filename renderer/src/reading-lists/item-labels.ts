// How a reading-list item is named on screen and in its handout: the document's title (or that it
// has left the library), where in it (a page, by its printed label where the file gives one, or
// the whole document), and its citation.
import type { TFunction } from 'i18next';
import type { CitationPart } from '#shared/citation.ts';
import type { ReadingListItem } from '#shared/reading-lists.ts';
import type { Cite } from '../document/use-cite.ts';

export function itemTitle(item: ReadingListItem, t: TFunction): string {
  return item.document?.title ?? t('readingLists.unknownDocument');
}

export function itemPlace(item: ReadingListItem, t: TFunction): string {
  return item.page === null
    ? t('readingLists.wholeDocument')
    : t('readingLists.page', { page: item.pageLabel ?? item.page });
}

/** "Title, Page 4": what buttons and fields acting on one item are labelled with. */
export function itemLabel(item: ReadingListItem, t: TFunction): string {
  return `${itemTitle(item, t)}, ${itemPlace(item, t)}`;
}

export function itemCitation(item: ReadingListItem, cite: Cite, t: TFunction): CitationPart[] {
  return item.document
    ? cite(item.document, item.page === null ? null : { number: item.page, label: item.pageLabel })
    : [{ text: itemLabel(item, t), italic: false }];
}
