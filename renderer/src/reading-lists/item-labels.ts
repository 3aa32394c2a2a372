// How a reading-list item is named on screen and in its handout: the document's title (or that it
// has left the library), where in it (a page or the whole document), and its citation.
import type { TFunction } from 'i18next';
import type { ReadingListItem } from '#shared/reading-lists.ts';
import { formatCitation } from '#shared/citation.ts';

export function itemTitle(item: ReadingListItem, t: TFunction): string {
  return item.document?.title ?? t('readingLists.unknownDocument');
}

export function itemPlace(item: ReadingListItem, t: TFunction): string {
  return item.page === null
    ? t('readingLists.wholeDocument')
    : t('readingLists.page', { page: item.page });
}

/** "Title, Page 4": what buttons and fields acting on one item are labelled with. */
export function itemLabel(item: ReadingListItem, t: TFunction): string {
  return `${itemTitle(item, t)}, ${itemPlace(item, t)}`;
}

export function itemCitation(item: ReadingListItem, t: TFunction): string {
  return item.document
    ? formatCitation(item.document, item.page, { page: t('citation.page') })
    : itemLabel(item, t);
}
