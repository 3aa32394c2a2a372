// Passage highlights kept in the browser, for a classroom visitor whose server keeps the library
// (and its owner's notes) to itself: the same answers as the user database gives.
import type { HighlightChange, HighlightInput, Result } from '#shared/api.ts';
import { compareInReadingOrder, HIGHLIGHT_COLOURS } from '#shared/highlights.ts';
import type { Highlight } from '#shared/highlights.ts';
import type { KeyValueStorage } from '../bookmarks/local-bookmarks.ts';

export const LOCAL_HIGHLIGHTS_KEY = 'tip-portal.highlights.v1';

function isHighlight(value: unknown): value is Highlight {
  if (typeof value !== 'object' || value === null) return false;
  const h = value as Record<string, unknown>;
  return (
    typeof h.id === 'number' &&
    typeof h.documentId === 'string' &&
    typeof h.page === 'number' &&
    typeof h.exact === 'string' &&
    typeof h.prefix === 'string' &&
    typeof h.suffix === 'string' &&
    typeof h.start === 'number' &&
    (HIGHLIGHT_COLOURS as readonly unknown[]).includes(h.colour) &&
    typeof h.note === 'string' &&
    typeof h.createdAt === 'string' &&
    typeof h.updatedAt === 'string'
  );
}

function compareRecent(a: Highlight, b: Highlight): number {
  return b.updatedAt.localeCompare(a.updatedAt) || b.id - a.id;
}

const notFound = (id: number): Result<never> => ({
  ok: false,
  error: { code: 'not-found', message: `No highlight with id ${id}.` },
});

export class LocalHighlights {
  readonly #storage: KeyValueStorage;
  readonly #now: () => Date;

  constructor(storage: KeyValueStorage, now: () => Date = () => new Date()) {
    this.#storage = storage;
    this.#now = now;
  }

  #read(): Highlight[] {
    try {
      const parsed: unknown = JSON.parse(this.#storage.getItem(LOCAL_HIGHLIGHTS_KEY) ?? '[]');
      return Array.isArray(parsed) ? parsed.filter(isHighlight) : [];
    } catch {
      return [];
    }
  }

  #write(highlights: Highlight[]): Result<true> {
    try {
      this.#storage.setItem(LOCAL_HIGHLIGHTS_KEY, JSON.stringify(highlights));
      return { ok: true, value: true };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return {
        ok: false,
        error: {
          code: 'failed',
          message: `This browser could not keep the highlight (${reason}).`,
        },
      };
    }
  }

  list(documentId: string | null): Result<Highlight[]> {
    const all = this.#read();
    const value =
      documentId === null
        ? all.sort(compareRecent)
        : all.filter((h) => h.documentId === documentId).sort(compareInReadingOrder);
    return { ok: true, value };
  }

  save(input: HighlightInput): Result<Highlight> {
    const all = this.#read();
    const at = this.#now().toISOString();
    const saved: Highlight = {
      id: Math.max(0, ...all.map((h) => h.id)) + 1,
      ...input,
      exact: input.exact.normalize('NFC'),
      createdAt: at,
      updatedAt: at,
    };
    const written = this.#write([...all, saved]);
    return written.ok ? { ok: true, value: saved } : written;
  }

  update(change: HighlightChange): Result<Highlight> {
    const all = this.#read();
    const existing = all.find((h) => h.id === change.id);
    if (existing === undefined) return notFound(change.id);
    const updated: Highlight = {
      ...existing,
      colour: change.colour ?? existing.colour,
      note: change.note ?? existing.note,
      updatedAt: this.#now().toISOString(),
    };
    const written = this.#write(all.map((h) => (h.id === updated.id ? updated : h)));
    return written.ok ? { ok: true, value: updated } : written;
  }

  delete(id: number): Result<true> {
    const all = this.#read();
    if (!all.some((h) => h.id === id)) return notFound(id);
    return this.#write(all.filter((h) => h.id !== id));
  }
}
