// Which documents a static copy holds, in which order: those that match search filters (newest
// first, as the library lists them), or a reading list's documents in the list's order with its
// titles and notes. A document marked "do not share" is left out, and the report says so.
import type { PortalApi, Result } from '#shared/api.ts';
import type { LeftOutReason } from '#shared/pack-types.ts';
import type { DocumentDetail, SearchFilters } from '#shared/types.ts';

export interface ReadingListItem {
  documentId: string;
  /** A title the list gives the document in place of its own. */
  title?: string;
  note?: string;
}

export interface ReadingList {
  title: string;
  /** The list's own note, shown above its documents. */
  note?: string;
  items: ReadingListItem[];
}

/** A search's documents in its order (newest first without words), or a reading list's. */
export type CopySelection = { filters: SearchFilters; query?: string } | { list: ReadingList };

export interface SelectedDocument {
  detail: DocumentDetail;
  title: string;
  note?: string;
}

export interface LeftOut {
  id: string;
  title: string;
  reason: string;
  /** The reason as a word the desktop app says in its own language. */
  kind: LeftOutReason;
}

const PAGE_SIZE = 100;

/** The value of an API answer, or its error thrown. */
export function valueOf<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

async function matchingIds(
  api: PortalApi,
  filters: SearchFilters,
  query: string,
): Promise<string[]> {
  const ids: string[] = [];
  for (let offset = 0; ; offset += PAGE_SIZE) {
    const page = valueOf(await api.search({ query, filters, limit: PAGE_SIZE, offset }));
    ids.push(...page.hits.map((h) => h.document.id));
    if (page.hits.length < PAGE_SIZE || ids.length >= page.total) return ids;
  }
}

export async function selectDocuments(
  api: PortalApi,
  selection: CopySelection,
  isShareable: (id: string) => boolean,
): Promise<{ documents: SelectedDocument[]; leftOut: LeftOut[] }> {
  const items: ReadingListItem[] =
    'list' in selection
      ? selection.list.items
      : (await matchingIds(api, selection.filters, selection.query ?? '')).map((documentId) => ({
          documentId,
        }));
  const documents: SelectedDocument[] = [];
  const leftOut: LeftOut[] = [];
  const seen = new Set<string>();
  for (const item of items) {
    if (seen.has(item.documentId)) continue;
    seen.add(item.documentId);
    const detail = valueOf(await api.getDocument(item.documentId));
    if (!isShareable(detail.id)) {
      leftOut.push({
        id: detail.id,
        title: detail.title,
        reason: 'marked "do not share"',
        kind: 'do-not-share',
      });
      continue;
    }
    documents.push({ detail, title: item.title ?? detail.title, note: item.note });
  }
  return { documents, leftOut };
}
