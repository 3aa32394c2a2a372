// Writes a pack: the manifest (each file's size and SHA-256), its signature when a key is given,
// and the documents with what OCR read on their pages, as one zip. Files already compressed (PDF, Word) are stored as they are. The
// pack is written beside its destination and renamed into place only once complete, and refused
// as soon as it would pass the size limit, FAT32's by default.
import { createHash } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync, renameSync, rmSync } from 'node:fs';
import { extname } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yazl from 'yazl';
import type { Taxonomy } from '../ingest/catalog-schema.ts';
import { FAT32_MAX_FILE_BYTES } from './pack-limits.ts';
import type { PackDocumentMetadata, PackManifest } from './pack-manifest.ts';
import {
  documentEntryName,
  MANIFEST_ENTRY,
  ocrEntryName,
  PACK_FORMAT,
  PACK_FORMAT_VERSION,
  PACK_FORMAT_VERSION_WITHOUT_OCR,
  packManifestSchema,
  SIGNATURE_ENTRY,
} from './pack-manifest.ts';
import { MakingError } from '../api-errors.ts';
import { signManifest } from './publisher-keys.ts';

/** A pack that could not be made: too large, or its file already exists. */
export class PackCreateError extends MakingError {
  override name = 'PackCreateError';
}

export interface PackSource {
  key: string;
  absolutePath: string;
  metadata: PackDocumentMetadata;
  /** The document's OCR file (pack-ocr.ts), or null when none of its pages was read. */
  ocr?: Buffer | null;
}

export interface WritePackOptions {
  out: string;
  packId: string;
  publisher: string;
  createdAt: Date;
  documents: readonly PackSource[];
  taxonomy: Taxonomy;
  signingKey: KeyObject | null;
  /** The largest pack to write; FAT32's limit unless a test sets another. */
  maxPackBytes?: number;
  /** Replace a file already at `out` (once the pack is complete); refused otherwise. */
  replace?: boolean;
}

const ALREADY_COMPRESSED = new Set(['.pdf', '.docx']);

function tooLarge(maxPackBytes: number): PackCreateError {
  const limit =
    maxPackBytes === FAT32_MAX_FILE_BYTES
      ? '4 GB, the largest file a FAT32 USB stick can hold'
      : `${maxPackBytes} bytes`;
  return new PackCreateError(
    `The pack would be larger than ${limit}. Choose fewer documents (narrow the search) and make several packs.`,
    'pack-too-large',
  );
}

const sha256Of = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

async function hashFile(path: string): Promise<{ size: number; sha256: string }> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    size += chunk.length;
  }
  return { size, sha256: hash.digest('hex') };
}

/** The manifest of these documents, refused with the document at fault when one cannot go in. */
function manifestFor(
  options: WritePackOptions,
  documents: (PackSource & { size: number; sha256: string })[],
): PackManifest {
  // A pack without OCR readings keeps the first format, which versions before OCR import.
  const carriesOcr = documents.some((d) => d.ocr);
  const parsed = packManifestSchema.safeParse({
    format: PACK_FORMAT,
    formatVersion: carriesOcr ? PACK_FORMAT_VERSION : PACK_FORMAT_VERSION_WITHOUT_OCR,
    packId: options.packId,
    publisher: options.publisher,
    createdAt: options.createdAt.toISOString(),
    documents: documents.map(({ key, size, sha256, metadata, ocr }) => ({
      key,
      size,
      sha256,
      metadata,
      ...(ocr ? { ocr: { size: ocr.length, sha256: sha256Of(ocr) } } : {}),
    })),
    taxonomy: options.taxonomy,
  } satisfies PackManifest);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const documentAt = issue.path[0] === 'documents' ? documents[issue.path[1] as number] : null;
    throw new PackCreateError(
      `${documentAt ? documentAt.key : issue.path.join('.')} cannot go into a pack: ${issue.message}.`,
    );
  }
  return parsed.data;
}

export async function writePack(options: WritePackOptions): Promise<PackManifest> {
  const maxPackBytes = options.maxPackBytes ?? FAT32_MAX_FILE_BYTES;
  if (!options.replace && existsSync(options.out))
    throw new PackCreateError(
      `${options.out} already exists; give the pack a new file name.`,
      'file-exists',
    );
  const documents = [];
  for (const source of options.documents)
    documents.push({ ...source, ...(await hashFile(source.absolutePath)) });
  const stored = documents
    .filter((d) => ALREADY_COMPRESSED.has(extname(d.key).toLowerCase()))
    .reduce((sum, d) => sum + d.size, 0);
  if (stored > maxPackBytes) throw tooLarge(maxPackBytes);

  const manifest = manifestFor(options, documents);
  const manifestBytes = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`);

  const zip = new yazl.ZipFile();
  const mtime = options.createdAt;
  zip.addBuffer(manifestBytes, MANIFEST_ENTRY, { mtime });
  if (options.signingKey) {
    const signature = signManifest(manifestBytes, options.signingKey);
    zip.addBuffer(Buffer.from(`${JSON.stringify(signature, null, 2)}\n`), SIGNATURE_ENTRY, {
      mtime,
    });
  }
  for (const d of documents)
    zip.addFile(d.absolutePath, documentEntryName(d.key), {
      mtime,
      compress: !ALREADY_COMPRESSED.has(extname(d.key).toLowerCase()),
    });
  for (const d of documents)
    if (d.ocr) zip.addBuffer(d.ocr, ocrEntryName(d.key), { mtime, compress: true });
  zip.end();
  await writeWithin(zip.outputStream, options.out, maxPackBytes);
  return manifest;
}

/** Writes beside `out`, refusing past `maxBytes`, and renames into place once complete. */
async function writeWithin(
  stream: NodeJS.ReadableStream,
  out: string,
  maxBytes: number,
): Promise<void> {
  const partial = `${out}.partial`;
  let written = 0;
  const limit = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      written += chunk.length;
      done(written > maxBytes ? tooLarge(maxBytes) : null, chunk);
    },
  });
  try {
    await pipeline(stream, limit, createWriteStream(partial));
    renameSync(partial, out);
  } finally {
    rmSync(partial, { force: true });
  }
}
