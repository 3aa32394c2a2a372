// Opens a pack and checks what its zip declares before any entry is read: every name a safe
// relative path, no links, no more entries, bytes or compression than the caps allow, exactly the
// files the manifest lists with the sizes it gives. Documents are then read as streams that count
// their bytes and hash them, so a file that differs from the manifest is caught as it is read; a
// document's OCR file is read whole (it is capped), hashed and checked against its schema.
import { createHash } from 'node:crypto';
import { Transform, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yauzl from 'yauzl';
import type { Entry, ZipFile } from 'yauzl';
import { z } from 'zod';
import type { StoredOcrPage } from '../store/library/ocr-pages.ts';
import type { PackLimits } from './pack-limits.ts';
import { PACK_LIMITS } from './pack-limits.ts';
import type { PackDocument, PackManifest } from './pack-manifest.ts';
import {
  documentEntryName,
  MANIFEST_ENTRY,
  ocrEntryName,
  PACK_FORMAT_VERSION,
  packManifestSchema,
  SIGNATURE_ENTRY,
} from './pack-manifest.ts';
import { parsePackOcr } from './pack-ocr.ts';
import { unsafePathReason } from './pack-path.ts';
import type { PackSignature } from './publisher-keys.ts';
import { packSignatureSchema } from './publisher-keys.ts';

export class PackRefusedError extends Error {
  override name = 'PackRefusedError';
  constructor(reason: string) {
    super(`The pack was refused: ${reason}`);
  }
}

export interface OpenPack {
  manifest: PackManifest;
  /** The manifest file's exact bytes, which the signature covers. */
  manifestBytes: Buffer;
  signature: PackSignature | null;
  /** Reads a document into `sink` (or only checks it), refusing bytes that differ from the manifest. */
  readDocument(document: PackDocument, sink?: Writable): Promise<void>;
  /** What OCR read on the document's pages, checked; none when the pack carries no reading. */
  readOcr(document: PackDocument): Promise<StoredOcrPage[]>;
  close(): void;
}

const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
const S_IFREG = 0o100000;
const STORED = 0;
const DEFLATED = 8;

export async function openPack(file: string, caps: Partial<PackLimits> = {}): Promise<OpenPack> {
  const limits = { ...PACK_LIMITS, ...caps };
  let zip: ZipFile;
  try {
    zip = await yauzl.openPromise(file, { autoClose: false, decodeStrings: false });
  } catch (error) {
    throw new PackRefusedError(unopenedReason(error));
  }
  try {
    if (zip.entryCount > limits.maxEntries)
      throw new PackRefusedError(
        `it holds ${zip.entryCount} entries, more than the ${limits.maxEntries} a pack may hold.`,
      );
    const entries = await readCentralDirectory(zip, limits);
    const manifestBytes = await readSmallEntry(
      zip,
      entries,
      MANIFEST_ENTRY,
      limits.maxManifestBytes,
    );
    if (!manifestBytes) throw new PackRefusedError(`it has no ${MANIFEST_ENTRY}.`);
    const manifest = parseManifest(manifestBytes);
    const signature = parseSignature(
      await readSmallEntry(zip, entries, SIGNATURE_ENTRY, limits.maxSignatureBytes),
    );
    checkEntriesMatch(manifest, entries);
    return {
      manifest,
      manifestBytes,
      signature,
      readDocument: (document, sink) =>
        readChecked(zip, entries.get(documentEntryName(document.key))!, document, sink),
      readOcr: (document) => readOcrChecked(zip, entries, document, limits),
      close: () => zip.close(),
    };
  } catch (error) {
    zip.close();
    throw error;
  }
}

/** Why a pack file could not be opened: a path that names nothing or a folder is no damaged zip. */
function unopenedReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT')
    return 'there is no file at that path (it may have been moved or renamed).';
  if (code === 'EISDIR') return 'the path names a folder, not a pack file.';
  if (code === 'EACCES' || code === 'EPERM')
    return 'the file may not be read (this computer denies access to it).';
  return `it is not a readable zip file (${(error as Error).message}).`;
}

/** Every entry's name and declared sizes, checked against the caps, before any is read. */
async function readCentralDirectory(zip: ZipFile, limits: PackLimits): Promise<Map<string, Entry>> {
  const entries = new Map<string, Entry>();
  let totalBytes = 0;
  try {
    for await (const entry of zip.eachEntry()) {
      const name = entryName(entry);
      checkEntry(name, entry, limits);
      if (entries.has(name)) throw new PackRefusedError(`${name} appears twice.`);
      entries.set(name, entry);
      totalBytes += entry.uncompressedSize;
      if (totalBytes > limits.maxTotalBytes)
        throw new PackRefusedError(
          `its files would take more than the ${limits.maxTotalBytes} bytes a pack may hold.`,
        );
    }
  } catch (error) {
    if (error instanceof PackRefusedError) throw error;
    throw new PackRefusedError(`its zip directory is damaged (${(error as Error).message}).`);
  }
  return entries;
}

function entryName(entry: Entry): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(entry.fileNameRaw);
  } catch {
    throw new PackRefusedError('an entry name is not valid UTF-8.');
  }
}

function checkEntry(name: string, entry: Entry, limits: PackLimits): void {
  const reason = unsafePathReason(name);
  if (reason) throw new PackRefusedError(`the entry "${name}" ${reason}.`);
  const type = (entry.externalFileAttributes >>> 16) & S_IFMT;
  if (type === S_IFLNK) throw new PackRefusedError(`the entry "${name}" is a link.`);
  if (type !== 0 && type !== S_IFREG)
    throw new PackRefusedError(`the entry "${name}" is not a plain file.`);
  if (entry.isEncrypted()) throw new PackRefusedError(`the entry "${name}" is encrypted.`);
  if (entry.compressionMethod !== STORED && entry.compressionMethod !== DEFLATED)
    throw new PackRefusedError(`the entry "${name}" uses an unknown compression.`);
  if (entry.uncompressedSize > limits.maxFileBytes)
    throw new PackRefusedError(
      `the entry "${name}" would take ${entry.uncompressedSize} bytes, more than the ${limits.maxFileBytes} one file may.`,
    );
  const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
  if (entry.uncompressedSize > limits.ratioCheckedAbove && ratio > limits.maxCompressionRatio)
    throw new PackRefusedError(
      `the entry "${name}" is compressed ${Math.round(ratio)} to 1, past the ${limits.maxCompressionRatio} to 1 a pack may use.`,
    );
}

async function readSmallEntry(
  zip: ZipFile,
  entries: Map<string, Entry>,
  name: string,
  maxBytes: number,
): Promise<Buffer | null> {
  const entry = entries.get(name);
  if (!entry) return null;
  if (entry.uncompressedSize > maxBytes)
    throw new PackRefusedError(`its ${name} is larger than the ${maxBytes} bytes allowed.`);
  const chunks: Buffer[] = [];
  try {
    await pipeline(
      await openEntry(zip, entry),
      countingStream(name, entry.uncompressedSize),
      async (source: AsyncIterable<Buffer>) => {
        for await (const chunk of source) chunks.push(chunk);
      },
    );
  } catch (error) {
    if (error instanceof PackRefusedError) throw error;
    throw new PackRefusedError(`its ${name} is damaged (${(error as Error).message}).`);
  }
  return Buffer.concat(chunks);
}

function parseManifest(bytes: Buffer): PackManifest {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new PackRefusedError(`its ${MANIFEST_ENTRY} is not valid JSON.`);
  }
  const version = z.object({ formatVersion: z.int() }).safeParse(json);
  if (version.success && version.data.formatVersion > PACK_FORMAT_VERSION)
    throw new PackRefusedError(
      `it was made by a newer version of the Resource Portal (pack format ${version.data.formatVersion}; this version reads format ${PACK_FORMAT_VERSION}). Update the app to import it.`,
    );
  const parsed = packManifestSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .slice(0, 3)
      .map((i) => `${i.path.join('.') || '(top level)'}: ${i.message}`);
    throw new PackRefusedError(`its manifest is not valid: ${problems.join('; ')}.`);
  }
  return parsed.data;
}

function parseSignature(bytes: Buffer | null): PackSignature | null {
  if (!bytes) return null;
  try {
    return packSignatureSchema.parse(JSON.parse(bytes.toString('utf8')));
  } catch {
    throw new PackRefusedError(`its ${SIGNATURE_ENTRY} is not a valid signature.`);
  }
}

/** Exactly the manifest's documents, with the sizes it gives, beside the manifest and signature. */
function checkEntriesMatch(manifest: PackManifest, entries: Map<string, Entry>): void {
  const expected = new Set([MANIFEST_ENTRY, SIGNATURE_ENTRY]);
  for (const document of manifest.documents) {
    const name = documentEntryName(document.key);
    expected.add(name);
    const entry = entries.get(name);
    if (!entry) throw new PackRefusedError(`${name}, listed in the manifest, is missing.`);
    if (entry.uncompressedSize !== document.size)
      throw new PackRefusedError(
        `${name} declares ${entry.uncompressedSize} bytes; the manifest says ${document.size}.`,
      );
    if (!document.ocr) continue;
    const ocrName = ocrEntryName(document.key);
    expected.add(ocrName);
    const ocrEntry = entries.get(ocrName);
    if (!ocrEntry) throw new PackRefusedError(`${ocrName}, listed in the manifest, is missing.`);
    if (ocrEntry.uncompressedSize !== document.ocr.size)
      throw new PackRefusedError(
        `${ocrName} declares ${ocrEntry.uncompressedSize} bytes; the manifest says ${document.ocr.size}.`,
      );
  }
  for (const name of entries.keys())
    if (!expected.has(name))
      throw new PackRefusedError(`${name} is in the pack but not in its manifest.`);
}

function openEntry(zip: ZipFile, entry: Entry) {
  return zip.openReadStreamPromise(entry).catch((error: Error) => {
    throw new PackRefusedError(`an entry could not be read (${error.message}).`);
  });
}

/** Passes bytes on while counting them, refusing the first byte past the declared size. */
function countingStream(name: string, declared: number, onChunk?: (chunk: Buffer) => void) {
  let count = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      count += chunk.length;
      if (count > declared)
        return done(new PackRefusedError(`${name} holds more bytes than it declares.`));
      onChunk?.(chunk);
      done(null, chunk);
    },
    flush(done) {
      done(
        count === declared ? null : new PackRefusedError(`${name} is shorter than it declares.`),
      );
    },
  });
}

async function readChecked(
  zip: ZipFile,
  entry: Entry,
  document: PackDocument,
  sink?: Writable,
): Promise<void> {
  const name = documentEntryName(document.key);
  const hash = createHash('sha256');
  const counted = countingStream(name, document.size, (chunk) => hash.update(chunk));
  try {
    await pipeline(await openEntry(zip, entry), counted, sink ?? discard());
  } catch (error) {
    if (error instanceof PackRefusedError) throw error;
    throw new PackRefusedError(`${name} is damaged (${(error as Error).message}).`);
  }
  if (hash.digest('hex') !== document.sha256)
    throw new PackRefusedError(`${name} does not match its SHA-256 in the manifest.`);
}

async function readOcrChecked(
  zip: ZipFile,
  entries: Map<string, Entry>,
  document: PackDocument,
  limits: PackLimits,
): Promise<StoredOcrPage[]> {
  if (!document.ocr) return [];
  const name = ocrEntryName(document.key);
  const bytes = (await readSmallEntry(zip, entries, name, limits.maxOcrBytes))!;
  if (createHash('sha256').update(bytes).digest('hex') !== document.ocr.sha256)
    throw new PackRefusedError(`${name} does not match its SHA-256 in the manifest.`);
  try {
    return parsePackOcr(bytes, limits);
  } catch (error) {
    throw new PackRefusedError(`${name} ${(error as Error).message}.`);
  }
}

/** A sink for a document that is only checked. */
const discard = () =>
  new Writable({
    write(_chunk, _encoding, done) {
      done();
    },
  });
