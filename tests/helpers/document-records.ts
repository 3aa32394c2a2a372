// A plain-text document as the indexer would store it, for tests of the library's writers.
import { indexPage } from '#core/ingest/index-page.ts';
import type { DocumentRecord } from '#core/library/document-record.ts';

export function textRecord(
  id: string,
  pages: string[],
  { path = `${id}.txt`, title = id }: { path?: string; title?: string } = {},
): DocumentRecord {
  return {
    id,
    path,
    entryKey: null,
    format: 'text',
    sizeBytes: 0,
    outline: [],
    pages: pages.map((page) => indexPage(page)),
    uncatalogued: true,
    metadataSource: 'file',
    metadataHash: '',
    metadata: {
      title,
      type: 'report',
      language: 'en',
      year: null,
      date: null,
      summary: '',
      keywords: [],
      countries: [],
      organisations: [],
      themes: [],
      links: [],
    },
  };
}
