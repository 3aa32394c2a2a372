// What a pack or a static copy is made of: a reading list (its documents in its order, each once,
// with its notes for the copy) or what a search finds (the whole library for an empty search
// without filters). The desktop app and the command line name their source the same way.
import type { OutgoingSource, PortalApi } from '#shared/api.ts';
import type { ReadingList } from '#shared/reading-lists.ts';
import { MakingError } from '../api-errors.ts';
import type { ReadingLists } from '../reading-lists/reading-lists.ts';
import type {
  CopySelection,
  ReadingList as CopyReadingList,
} from '../static-copy/copy-selection.ts';
import { valueOf } from '../static-copy/copy-selection.ts';

const PAGE_SIZE = 100;

/** The list with its items whose documents the library still holds; refused when none is left. */
export function listWithDocuments(lists: ReadingLists, listId: number): ReadingList {
  const list = lists.readingList(listId);
  const items = list.items.filter((item) => item.document !== null);
  if (items.length === 0)
    throw new MakingError(
      `The reading list "${list.name}" has no documents in this library.`,
      'nothing-to-share',
    );
  return { ...list, items };
}

/** The list's documents in its order, each once (a list may name pages of the same document). */
export function documentIdsOf(list: ReadingList): string[] {
  return [...new Set(list.items.map((item) => item.documentId))];
}

/**
 * The list as a static copy opens on it: each document once, in the list's order, its notes
 * (with the page each one is about) gathered under it.
 */
export function copyListOf(list: ReadingList): CopyReadingList {
  const notes = new Map<string, string[]>();
  for (const item of list.items) {
    const about = item.page === null ? item.note : `p. ${item.page}: ${item.note}`;
    const gathered = notes.get(item.documentId) ?? [];
    if (item.note.trim() !== '') gathered.push(about);
    notes.set(item.documentId, gathered);
  }
  return {
    title: list.name,
    ...(list.note.trim() === '' ? {} : { note: list.note }),
    items: [...notes].map(([documentId, itemNotes]) =>
      itemNotes.length > 0 ? { documentId, note: itemNotes.join('\n') } : { documentId },
    ),
  };
}

/** Every document a search finds, in its order. */
async function searchedIds(
  api: PortalApi,
  source: Extract<OutgoingSource, { query: string }>,
): Promise<string[]> {
  const ids: string[] = [];
  for (let offset = 0; ; offset += PAGE_SIZE) {
    const found = valueOf(
      await api.search({ query: source.query, filters: source.filters, limit: PAGE_SIZE, offset }),
    );
    ids.push(...found.hits.map((h) => h.document.id));
    if (ids.length >= found.total || found.hits.length === 0) return ids;
  }
}

/** The documents a pack of this source holds, in order; refused when there are none. */
export async function packDocumentIds(
  api: PortalApi,
  lists: ReadingLists,
  source: OutgoingSource,
): Promise<string[]> {
  if ('listId' in source) return documentIdsOf(listWithDocuments(lists, source.listId));
  const ids = await searchedIds(api, source);
  if (ids.length === 0)
    throw new MakingError('The search finds no documents to pack.', 'nothing-to-share');
  return ids;
}

/** The documents a static copy of this source holds, with a list's title and notes. */
export function copySelectionOf(lists: ReadingLists, source: OutgoingSource): CopySelection {
  if ('listId' in source) return { list: copyListOf(listWithDocuments(lists, source.listId)) };
  return { query: source.query, filters: source.filters ?? {} };
}
