// Bookmarks kept in the browser, for a classroom visitor whose server keeps the library (and its
// owner's notes) to itself. Same rules as the user database: one bookmark per document page,
// saving again updates its note.
import type { Bookmark, BookmarkInput, Result } from '#shared/api.ts';

export const LOCAL_BOOKMARKS_KEY = 'tip-portal.bookmarks.v1';

/** The part of the Web Storage API this needs. */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem'>;

function isBookmark(value: unknown): value is Bookmark {
  if (typeof value !== 'object' || value === null) return false;
  const b = value as Record<string, unknown>;
  return (
    typeof b.id === 'number' &&
    typeof b.documentId === 'string' &&
    (b.page === null || typeof b.page === 'number') &&
    typeof b.note === 'string' &&
    typeof b.createdAt === 'string' &&
    typeof b.updatedAt === 'string'
  );
}

function comparePages(a: Bookmark, b: Bookmark): number {
  return (a.page ?? 0) - (b.page ?? 0) || a.id - b.id;
}

function compareRecent(a: Bookmark, b: Bookmark): number {
  return b.updatedAt.localeCompare(a.updatedAt) || b.id - a.id;
}

export class LocalBookmarks {
  readonly #storage: KeyValueStorage;
  readonly #now: () => Date;

  constructor(storage: KeyValueStorage, now: () => Date = () => new Date()) {
    this.#storage = storage;
    this.#now = now;
  }

  #read(): Bookmark[] {
    try {
      const parsed: unknown = JSON.parse(this.#storage.getItem(LOCAL_BOOKMARKS_KEY) ?? '[]');
      return Array.isArray(parsed) ? parsed.filter(isBookmark) : [];
    } catch {
      return [];
    }
  }

  #write(bookmarks: Bookmark[]): Result<true> {
    try {
      this.#storage.setItem(LOCAL_BOOKMARKS_KEY, JSON.stringify(bookmarks));
      return { ok: true, value: true };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return {
        ok: false,
        error: { code: 'failed', message: `This browser could not keep the bookmark (${reason}).` },
      };
    }
  }

  list(documentId: string | null): Result<Bookmark[]> {
    const all = this.#read();
    const value =
      documentId === null
        ? all.sort(compareRecent)
        : all.filter((b) => b.documentId === documentId).sort(comparePages);
    return { ok: true, value };
  }

  save(input: BookmarkInput): Result<Bookmark> {
    const all = this.#read();
    const at = this.#now().toISOString();
    const existing = all.find((b) => b.documentId === input.documentId && b.page === input.page);
    const saved: Bookmark = existing
      ? { ...existing, note: input.note, updatedAt: at }
      : { id: Math.max(0, ...all.map((b) => b.id)) + 1, ...input, createdAt: at, updatedAt: at };
    const next = existing ? all.map((b) => (b.id === saved.id ? saved : b)) : [...all, saved];
    const written = this.#write(next);
    return written.ok ? { ok: true, value: saved } : written;
  }

  delete(id: number): Result<true> {
    const all = this.#read();
    if (!all.some((b) => b.id === id))
      return { ok: false, error: { code: 'not-found', message: `No bookmark with id ${id}.` } };
    return this.#write(all.filter((b) => b.id !== id));
  }
}
