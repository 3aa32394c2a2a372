// News and events from the catalog: stored as documents without a file, keyed by their catalog id,
// and fingerprinted as a whole, so an entry whose text changed is read again.
import type { DocumentRecord } from '../library/document-record.ts';
import type { StoredDocument } from '../store/library/indexer-records.ts';
import { TEXT_VERSION } from '../text/text-version.ts';
import type { CatalogEntry } from './catalog-schema.ts';
import { chooseMetadata, standingEdit } from './choose-metadata.ts';
import { detectLanguage } from './detect-language.ts';
import { metadataFromEntry } from './document-metadata.ts';
import { indexPage } from './index-page.ts';
import { fingerprint } from './fingerprint.ts';
import { record, withWarnings } from './ingest-report.ts';
import { paginateText } from './paginate-text.ts';
import { removeDocument } from './remove-documents.ts';
import type { RunContext } from './run-context.ts';
import { readEdit, REREAD_MESSAGE, replaceDocument, unknownReferences } from './write-document.ts';

const KEY_PREFIX = 'entry:';

/**
 * Indexes the catalog's entries against the stored ones; with a catalog that was read, stored
 * entries it no longer lists are removed.
 */
export function indexEntries(
  run: RunContext,
  entries: CatalogEntry[] | null,
  stored: readonly StoredDocument[],
): void {
  const storedEntries = stored.filter((d) => d.entry_key !== null);
  const byKey = new Map(storedEntries.map((d) => [d.entry_key!, d]));
  const seen = new Set<string>();
  for (const entry of entries ?? []) {
    const key = `${KEY_PREFIX}${entry.id}`;
    if (seen.has(key)) {
      record(run.report, {
        path: entryLabel(entry.id),
        outcome: 'skipped',
        message: 'Another entry has the same id; the first is used.',
      });
      continue;
    }
    seen.add(key);
    indexEntry(run, entry, key, byKey.get(key) ?? null);
    run.progress.count();
    run.progress.show('news and events');
  }
  if (entries === null) return;
  for (const doc of storedEntries)
    if (!seen.has(doc.entry_key!))
      removeDocument(run, doc, entryLabel(doc.entry_key!.slice(KEY_PREFIX.length)));
}

function entryLabel(id: string): string {
  return `catalog entry ${id}`;
}

function indexEntry(
  run: RunContext,
  entry: CatalogEntry,
  key: string,
  existing: StoredDocument | null,
): void {
  const id = fingerprint(entry);
  const reread = existing?.id === id ? existing : null;
  if (reread && reread.text_version >= TEXT_VERSION) {
    record(run.report, { path: entryLabel(entry.id), outcome: 'unchanged', documentId: id });
    return;
  }
  const text = [entry.summary, entry.body].filter(Boolean).join('\n\n');
  const pages = (paginateText(text).length ? paginateText(text) : [entry.title]).map((page) =>
    indexPage(page),
  );
  const edit = standingEdit(reread);
  const chosen = chooseMetadata({
    edit: edit && readEdit(run.db, edit),
    catalog: {
      metadata: metadataFromEntry(entry, detectLanguage(`${entry.title}\n${text}`)),
      hash: id,
    },
  });
  const doc: DocumentRecord = {
    id,
    path: null,
    entryKey: key,
    format: 'catalog',
    sizeBytes: Buffer.byteLength(text),
    outline: [],
    pages,
    uncatalogued: chosen.uncatalogued,
    metadata: chosen.metadata,
    metadataSource: chosen.source,
    metadataHash: id,
  };
  replaceDocument(run.db, doc, existing, reread ? reread.added_at : run.addedAt());
  const missing = unknownReferences(run.db, chosen.metadata);
  record(run.report, {
    path: entryLabel(entry.id),
    outcome: reread ? 'updated' : existing ? 'replaced' : 'indexed',
    documentId: id,
    pages: pages.length,
    message: withWarnings(
      reread ? REREAD_MESSAGE : undefined,
      missing.length
        ? [`The entry names what the taxonomy does not define: ${missing.join(', ')}.`]
        : [],
    ),
  });
}
