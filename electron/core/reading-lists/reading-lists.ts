// Reading lists as the engine offers them to the API and to other engine code (library packs and
// static copies are made from them): every change checked against the library and the list, and
// every list answered with its items in order and the library's description of their documents.
import type {
  ReadingList,
  ReadingListChange,
  ReadingListInput,
  ReadingListItemInput,
  ReadingListItemNote,
  ReadingListItemRef,
  ReadingListOrder,
  ReadingListSummary,
} from '#shared/reading-lists.ts';
import type { DocumentSummary } from '#shared/types.ts';
import { InvalidArgumentError, NotFoundError } from '../api-errors.ts';
import type { LibraryStore } from '../store/library-store.ts';
import type { UserStore } from '../store/user-store.ts';
import type { StoredReadingList } from '../store/user/reading-lists.ts';

/** As many items as one call may reorder (the API's longest list argument). */
const MAX_READING_LIST_ITEMS = 500;

export interface ReadingLists {
  /** Every list, by name. */
  lists(): ReadingListSummary[];
  /** The lists shared with the room, by name. */
  sharedLists(): ReadingListSummary[];
  /** A list with its items in order; NotFoundError when there is none with this id. */
  readingList(id: number): ReadingList;
  /** A list shared with the room; any other is not found, so visitors learn nothing of it. */
  sharedReadingList(id: number): ReadingList;
  create(input: ReadingListInput): ReadingList;
  update(change: ReadingListChange): ReadingList;
  delete(id: number): void;
  addItem(input: ReadingListItemInput): ReadingList;
  setItemNote(input: ReadingListItemNote): ReadingList;
  removeItem(item: ReadingListItemRef): ReadingList;
  reorder(order: ReadingListOrder): ReadingList;
}

const noList = (id: number) => new NotFoundError(`No reading list with id ${id}.`);
const noItem = (listId: number, itemId: number) =>
  new NotFoundError(`The reading list ${listId} has no item with id ${itemId}.`);

export function readingLists(library: LibraryStore, user: UserStore): ReadingLists {
  const documentOf = (documentId: string): DocumentSummary => {
    const rowid = library.findDocumentRowid(documentId);
    const document = rowid === null ? undefined : library.readSummaries([rowid])[0];
    if (!document) throw new NotFoundError(`No document with id ${documentId} in the library.`);
    return document;
  };

  // An item whose document the library's view leaves out is no item at all (not a missing one).
  const itemsInView = (stored: StoredReadingList) =>
    stored.items.filter((item) => library.isInView(item.documentId));

  const withDocuments = (stored: StoredReadingList): ReadingList => {
    const items = itemsInView(stored);
    const rowids = new Map(
      items.map((item) => [item.documentId, library.findDocumentRowid(item.documentId)]),
    );
    const found = [...rowids.values()].filter((rowid) => rowid !== null);
    const summaries = new Map(library.readSummaries(found).map((d) => [d.id, d]));
    return {
      ...stored,
      items: items.map((item) => {
        const rowid = rowids.get(item.documentId) ?? null;
        return {
          ...item,
          pageLabel:
            rowid === null || item.page === null ? null : library.readPageLabel(rowid, item.page),
          document: summaries.get(item.documentId) ?? null,
        };
      }),
    };
  };

  const stored = (id: number): StoredReadingList => {
    const list = user.readReadingList(id);
    if (!list) throw noList(id);
    return list;
  };

  const readingList = (id: number) => withDocuments(stored(id));

  const checkPage = (document: DocumentSummary, page: number | null) => {
    if (page === null || page <= document.pageCount) return;
    throw new InvalidArgumentError(
      document.pageCount === 0
        ? `“${document.title}” has no pages: add the whole document (page null).`
        : `Page ${page} is out of range: “${document.title}” has ${document.pageCount} pages.`,
    );
  };

  return {
    lists: () => user.listReadingLists('all'),
    sharedLists: () =>
      user
        .listReadingLists('shared')
        .map((list) => ({ ...list, itemCount: itemsInView(stored(list.id)).length })),
    readingList,
    sharedReadingList(id) {
      const list = user.readReadingList(id);
      if (!list?.shared) throw new NotFoundError(`No reading list with id ${id} is shared.`);
      return withDocuments(list);
    },
    create: ({ name, note }) => readingList(user.createReadingList(name, note ?? '')),
    update({ id, ...fields }) {
      if (!user.updateReadingList(id, fields)) throw noList(id);
      return readingList(id);
    },
    delete(id) {
      if (!user.deleteReadingList(id)) throw noList(id);
    },
    addItem({ listId, documentId, page, note }) {
      const list = stored(listId);
      const document = documentOf(documentId);
      checkPage(document, page);
      if (user.findReadingListItem(listId, document.id, page) !== null) {
        const where = page === null ? '' : `, page ${page},`;
        throw new InvalidArgumentError(
          `“${document.title}”${where} is already in the reading list “${list.name}”.`,
        );
      }
      if (list.items.length >= MAX_READING_LIST_ITEMS)
        throw new InvalidArgumentError(
          `The reading list “${list.name}” is full: a list holds at most ${MAX_READING_LIST_ITEMS} items.`,
        );
      user.addReadingListItem(listId, { documentId: document.id, page, note: note ?? '' });
      return readingList(listId);
    },
    setItemNote({ listId, itemId, note }) {
      stored(listId);
      if (!user.setReadingListItemNote(listId, itemId, note)) throw noItem(listId, itemId);
      return readingList(listId);
    },
    removeItem({ listId, itemId }) {
      stored(listId);
      if (!user.removeReadingListItem(listId, itemId)) throw noItem(listId, itemId);
      return readingList(listId);
    },
    reorder({ listId, itemIds }) {
      const list = stored(listId);
      const current = new Set(list.items.map((item) => item.id));
      const named = new Set(itemIds);
      const complete =
        itemIds.length === current.size &&
        named.size === itemIds.length &&
        itemIds.every((id) => current.has(id));
      if (!complete)
        throw new InvalidArgumentError(
          `The new order must name each of the ${current.size} items of the reading list “${list.name}” once.`,
        );
      user.reorderReadingList(listId, itemIds);
      return readingList(listId);
    },
  };
}
