// Imports a pack into a library folder. Everything is checked first (zip, manifest, signature and
// every document's hash) with nothing written; the documents are then extracted into a hidden
// folder of the library, checked again as they are written, and moved into imported/<pack id>/
// only when all are in place. What OCR read on their pages is stored first, so the indexing that
// follows makes scanned pages searchable at once, without reading them again. The library is then
// indexed, so the pack's descriptions and taxonomy are kept by every later index. Nothing here
// touches the user database.
import { createHash } from 'node:crypto';
import { createWriteStream, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { PackImportReport, PackSigner } from '#shared/pack-types.ts';
import type { IngestProgress, IngestReport } from '#shared/types.ts';
import { IMPORTED_FOLDER } from '../ingest/load-catalog.ts';
import type { StoredOcrPage } from '../store/library/ocr-pages.ts';
import type { PackRecord } from './imported-packs.ts';
import {
  packFolder,
  readImportedPacks,
  removeImportedDocuments,
  writePackFiles,
} from './imported-packs.ts';
import { removeAbandonedStaging, stagingFolder } from './import-staging.ts';
import type { PackDocument, PackManifest } from './pack-manifest.ts';
import type { OpenPack } from './read-pack.ts';
import { PackRefusedError } from './read-pack.ts';
import type { PackCheckOptions } from './verify-pack.ts';
import { checkPack } from './verify-pack.ts';

export interface ImportPackOptions extends PackCheckOptions {
  libraryFolder: string;
  /** Refuse a pack unless a trusted key signed it. */
  requireSignature: boolean;
  /** Indexes the library folder once the pack's files are in place. */
  index: (folder: string, onProgress?: (progress: IngestProgress) => void) => Promise<IngestReport>;
  /** Passes a replaced document's "do not share" mark on to the document that replaces it. */
  carryDoNotShare: (fromId: string, toId: string) => void;
  /** Whether the library database holds the document with this id (its content's hash). */
  isIndexed: (id: string) => boolean;
  /** Stores what OCR read on a document's pages, for pages the library has not read itself. */
  addOcrReadings: (id: string, readings: readonly StoredOcrPage[]) => void;
}

interface Replacement {
  record: PackRecord;
  keys: Set<string>;
}

interface ImportPlan {
  kept: PackDocument[];
  replaced: string[];
  keptNewer: string[];
  /** Documents of earlier packs that the kept ones replace, by pack. */
  replacements: Replacement[];
  /** Replaced document id to the id of the document replacing it. */
  successors: [string, string][];
}

function requireTrustedSigner(signer: PackSigner): void {
  if (signer.state === 'unsigned')
    throw new PackRefusedError('it is not signed, and a signature by a trusted key is required.');
  if (signer.state === 'unknown-key')
    throw new PackRefusedError(
      `it is signed by a key that is not trusted (fingerprint ${signer.fingerprint}). Compare the fingerprint with the publisher's, then trust the key.`,
    );
}

const fingerprintOf = (signer: PackSigner) =>
  signer.state === 'unsigned' ? null : signer.fingerprint;

/**
 * Which documents to take: a document of an earlier pack from the same publisher (the same signing
 * key, or the same name when neither is signed) with the same key is replaced; one of a later pack
 * stays, and the pack's copy is left out.
 */
function planImport(
  manifest: PackManifest,
  signer: string | null,
  existing: PackRecord[],
): ImportPlan {
  const samePublisher = existing.filter((r) =>
    signer ? r.signer === signer : r.signer === null && r.publisher === manifest.publisher,
  );
  const plan: ImportPlan = {
    kept: [],
    replaced: [],
    keptNewer: [],
    replacements: [],
    successors: [],
  };
  const replacementOf = new Map<PackRecord, Set<string>>();
  for (const document of manifest.documents) {
    const earlier = samePublisher.flatMap((record) => {
      const old = record.documents.find((d) => d.key === document.key);
      return old ? [{ record, old }] : [];
    });
    if (earlier.some(({ record }) => record.createdAt > manifest.createdAt)) {
      plan.keptNewer.push(document.key);
      continue;
    }
    plan.kept.push(document);
    if (earlier.length) plan.replaced.push(document.key);
    for (const { record, old } of earlier) {
      if (!replacementOf.has(record)) replacementOf.set(record, new Set());
      replacementOf.get(record)!.add(document.key);
      plan.successors.push([old.sha256, document.sha256]);
    }
  }
  plan.replacements = [...replacementOf].map(([record, keys]) => ({ record, keys }));
  return plan;
}

/** Stores the documents' OCR readings, which the indexing after the import applies. */
async function storeReadings(
  pack: OpenPack,
  documents: readonly PackDocument[],
  options: ImportPackOptions,
): Promise<void> {
  for (const document of documents) {
    const readings = await pack.readOcr(document);
    if (readings.length > 0) options.addOcrReadings(document.sha256, readings);
  }
}

/** Extracts the kept documents beside the library, then moves them into place in one rename. */
async function placeDocuments(
  pack: OpenPack,
  record: PackRecord,
  kept: PackDocument[],
  options: ImportPackOptions,
): Promise<void> {
  const staging = stagingFolder(options.libraryFolder);
  try {
    for (const [done, document] of kept.entries()) {
      options.onProgress?.({ done, total: kept.length, current: `Copying ${document.key}` });
      const target = join(staging, ...document.key.split('/'));
      mkdirSync(dirname(target), { recursive: true });
      await pack.readDocument(document, createWriteStream(target));
    }
    writePackFiles(staging, pack.manifest, record);
    mkdirSync(join(options.libraryFolder, IMPORTED_FOLDER), { recursive: true });
    renameSync(staging, join(options.libraryFolder, packFolder(record.packId)));
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

export async function importPack(
  file: string,
  options: ImportPackOptions,
): Promise<PackImportReport> {
  removeAbandonedStaging(options.libraryFolder);
  const { pack, verification } = await checkPack(file, options);
  let plan: ImportPlan;
  /** The keys of an earlier, unfinished import of this pack, which this one finishes. */
  let resumed: string[] | null = null;
  try {
    if (options.requireSignature) requireTrustedSigner(verification.signer);
    const { manifest } = pack;
    const manifestSha256 = createHash('sha256').update(pack.manifestBytes).digest('hex');
    const existing = readImportedPacks(options.libraryFolder);
    const earlierCopy = existing.find((r) => r.packId === manifest.packId);
    if (earlierCopy) {
      if (earlierCopy.manifestSha256 !== manifestSha256)
        throw new PackRefusedError(
          `a different pack with the id ${manifest.packId} is already in the library.`,
        );
      // An import stopped before its indexing ended (the app closed, the computer went off) left
      // the documents in place but not in the library: importing the pack again finishes it.
      if (earlierCopy.documents.every((d) => options.isIndexed(d.sha256)))
        return {
          pack: verification,
          alreadyImported: true,
          added: [],
          replaced: [],
          keptNewer: [],
          ingest: null,
        };
      resumed = earlierCopy.documents.map((d) => d.key);
      const keys = new Set(resumed);
      await storeReadings(
        pack,
        manifest.documents.filter((d) => keys.has(d.key)),
        options,
      );
    }
    const signer = fingerprintOf(verification.signer);
    plan = planImport(manifest, signer, existing);
    if (plan.kept.length > 0 && resumed === null) {
      const record: PackRecord = {
        packId: manifest.packId,
        publisher: manifest.publisher,
        createdAt: manifest.createdAt,
        signer,
        manifestSha256,
        documents: plan.kept.map(({ key, sha256 }) => ({ key, sha256 })),
      };
      await storeReadings(pack, plan.kept, options);
      await placeDocuments(pack, record, plan.kept, options);
    }
  } finally {
    pack.close();
  }
  if (resumed !== null)
    return {
      pack: verification,
      alreadyImported: false,
      added: resumed,
      replaced: [],
      keptNewer: [],
      ingest: await options.index(options.libraryFolder, options.onProgress),
    };
  for (const { record, keys } of plan.replacements)
    removeImportedDocuments(options.libraryFolder, record, keys);
  for (const [from, to] of plan.successors) options.carryDoNotShare(from, to);
  const replaced = new Set(plan.replaced);
  return {
    pack: verification,
    alreadyImported: false,
    added: plan.kept.map((d) => d.key).filter((key) => !replaced.has(key)),
    replaced: plan.replaced,
    keptNewer: plan.keptNewer,
    ingest:
      plan.kept.length > 0 ? await options.index(options.libraryFolder, options.onProgress) : null,
  };
}
