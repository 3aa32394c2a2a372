// Every cap a pack is held to, in one place. Reading checks the central directory's declared
// sizes against them before any entry is read, and counts the bytes actually read as well.

export interface PackLimits {
  /** Entries in the zip: the manifest, its signature, the documents and their OCR files. */
  maxEntries: number;
  /** One document's size once extracted. */
  maxFileBytes: number;
  /** All documents together, once extracted. */
  maxTotalBytes: number;
  /** Extracted size over stored size, checked on entries larger than ratioCheckedAbove. */
  maxCompressionRatio: number;
  /** Below this size a high ratio cannot fill a disk, and small text files compress well. */
  ratioCheckedAbove: number;
  maxManifestBytes: number;
  maxSignatureBytes: number;
  /** One document's OCR file (its pages' words and boxes, as JSON). */
  maxOcrBytes: number;
  /** Words on one page of an OCR file: a dense page of small print holds a few thousand. */
  maxOcrWordsPerPage: number;
}

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;

export const PACK_LIMITS: PackLimits = {
  maxEntries: 10_000,
  maxFileBytes: 4 * GiB - 1,
  maxTotalBytes: 8 * GiB,
  maxCompressionRatio: 100,
  ratioCheckedAbove: MiB,
  maxManifestBytes: 16 * MiB,
  maxSignatureBytes: 4096,
  maxOcrBytes: 64 * MiB,
  maxOcrWordsPerPage: 20_000,
};

/** The largest file FAT32, the file system of most USB sticks, can hold: 4 GB less one byte. */
export const FAT32_MAX_FILE_BYTES = 4 * GiB - 1;
