// Writes a pack: the manifest (each file's size and SHA-256), its signature when a key is given,
// and the documents, as one zip. Files already compressed (PDF, Word) are stored as they are. The
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
  PACK_FORMAT,
  PACK_FORMAT_VERSION,
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
  const parsed = packManifestSchema.safeParse({
    format: PACK_FORMAT,
    formatVersion: PACK_FORMAT_VERSION,
    packId: options.packId,
    publisher: options.publisher,
    createdAt: options.createdAt.toISOString(),
    documents: documents.map(({ key, size, sha256, metadata }) => ({
      key,
      size,
      sha256,
      metadata,
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
