// Makes a pack of library documents, in the order given (a search's results, a reading list, the
// whole library), with what OCR read on their scanned pages. Documents marked "do not share" and entries without a file (news, events) are
// left out, and the report says which.
import { randomBytes } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { join } from 'node:path';
import type { CreatePackReport, LeftOutDocument } from '#shared/pack-types.ts';
import type { DocumentDetail } from '#shared/types.ts';
import type { LibraryStore } from '../store/library-store.ts';
import type { PackDocumentMetadata } from './pack-manifest.ts';
import { packOcrBytes } from './pack-ocr.ts';
import { taxonomyUsedBy } from './pack-taxonomy.ts';
import { signingKeyFingerprint } from './publisher-keys.ts';
import type { PackSource } from './write-pack.ts';
import { PackCreateError, writePack } from './write-pack.ts';

export interface CreatePackRequest {
  out: string;
  /** The documents to pack, in order. */
  documentIds: readonly string[];
  publisher: string;
  signingKey: KeyObject | null;
  /** The largest pack to write; FAT32's 4 GB unless a test sets another. */
  maxPackBytes?: number;
  /** Replace a file already at `out`. */
  replace?: boolean;
  now?: Date;
}

export type { CreatePackReport, LeftOutDocument } from '#shared/pack-types.ts';

function metadataOf(d: DocumentDetail): PackDocumentMetadata {
  return {
    type: d.type,
    title: d.title,
    countries: d.countries,
    organisations: d.organisations.map(({ id, role }) => ({ id, role })),
    themes: d.themes,
    language: d.language,
    ...(d.year === null ? {} : { year: d.year }),
    ...(d.date === null ? {} : { date: d.date }),
    summary: d.summary,
    keywords: d.keywords,
  };
}

// The desktop app makes packs in its main process: reading a large library's descriptions in one
// go would keep it from answering its window for seconds, so the event loop turns between batches.
const DETAILS_PER_TURN = 25;
const nextTurn = () => new Promise<void>((done) => setImmediate(done));

const newPackId = (now: Date) =>
  `pack-${now.toISOString().slice(0, 10).replaceAll('-', '')}-${randomBytes(4).toString('hex')}`;

export async function createPack(
  library: LibraryStore,
  libraryFolder: string,
  request: CreatePackRequest,
): Promise<CreatePackReport> {
  const now = request.now ?? new Date();
  const sources: PackSource[] = [];
  const leftOut: LeftOutDocument[] = [];
  for (const [position, id] of request.documentIds.entries()) {
    if (position > 0 && position % DETAILS_PER_TURN === 0) await nextTurn();
    const rowid = library.findDocumentRowid(id);
    const detail = rowid === null ? null : library.readDetail(rowid);
    if (!detail) throw new PackCreateError(`No document with id ${id} in the library.`);
    if (!library.isShareable(detail.id))
      leftOut.push({ id: detail.id, title: detail.title, reason: 'do-not-share' });
    else if (detail.path === null)
      leftOut.push({ id: detail.id, title: detail.title, reason: 'no-file' });
    else
      sources.push({
        key: detail.path,
        absolutePath: join(libraryFolder, ...detail.path.split('/')),
        metadata: metadataOf(detail),
        ocr: packOcrBytes(library.ocrReadings(detail.id), detail.pageCount),
      });
  }
  if (sources.length === 0)
    throw new PackCreateError('No document to share: the pack would be empty.', 'nothing-to-share');
  const manifest = await writePack({
    out: request.out,
    packId: newPackId(now),
    publisher: request.publisher,
    createdAt: now,
    documents: sources,
    taxonomy: taxonomyUsedBy(
      library.taxonomy(),
      sources.map((s) => s.metadata),
    ),
    signingKey: request.signingKey,
    maxPackBytes: request.maxPackBytes,
    replace: request.replace,
  });
  return {
    out: request.out,
    packId: manifest.packId,
    documents: manifest.documents.length,
    totalBytes: manifest.documents.reduce((sum, d) => sum + d.size, 0),
    signedBy: request.signingKey ? signingKeyFingerprint(request.signingKey) : null,
    leftOut,
  };
}
