// What reading one file may end in: the document's pages and metadata, or an IngestError that
// tells the person who gave the file what is wrong with it. Anything else fails the case.
import type { ExtractedDocument } from '#core/ingest/extract-document.ts';
import { extractDocument } from '#core/ingest/extract-document.ts';
import { IngestError } from '#core/ingest/ingest-error.ts';
import { CaseFailure, describeError, withinTime, withoutStrayRejections } from '../fuzz-target.ts';

function checkDocument(document: ExtractedDocument): void {
  if (!Array.isArray(document.pages) || document.pages.some((p) => typeof p.text !== 'string'))
    throw new CaseFailure('The extracted document has malformed pages.');
  if (typeof document.language !== 'string' || document.language === '')
    throw new CaseFailure('The extracted document has no language.');
}

export async function expectExtractedOrIngestError(
  name: string,
  bytes: Uint8Array,
  timeoutMs: number,
): Promise<void> {
  let document: ExtractedDocument;
  try {
    document = await withoutStrayRejections(() =>
      withinTime(extractDocument(name, bytes), timeoutMs, `Reading ${name}`),
    );
  } catch (error) {
    if (error instanceof CaseFailure) throw error;
    if (error instanceof IngestError && error.message.trim() !== '') return;
    throw new CaseFailure(`Reading ${name} ended in ${describeError(error)}`, { cause: error });
  }
  checkDocument(document);
}
