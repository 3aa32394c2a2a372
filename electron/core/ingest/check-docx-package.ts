// Checks a Word package's parts before the Word reader inflates them: that reader takes each part
// it reads into memory whole, so a small .docx whose document.xml inflates to a gigabyte would
// take the computer's memory with it. Every part's declared size and compression ratio is checked,
// then the parts the reader will inflate are inflated here as a stream, counting, so a part that
// inflates to more than it declares is caught too, without holding it.
import type { Entry, ZipFile } from 'yauzl';
import yauzl from 'yauzl';
import { IngestError } from './ingest-error.ts';
import type { ReadBudget } from './read-budget.ts';
import {
  MAX_COMPRESSION_RATIO,
  MAX_PACKAGE_ENTRIES,
  RATIO_CHECK_FLOOR_BYTES,
  fileTooLarge,
  streamTooLarge,
  tooLargeMessage,
} from './read-limits.ts';

/** Pictures and embedded files: kept in the package, never inflated (their text is not read). */
const unreadPart = /^word\/(media|embeddings)\//i;

function checkRatio(entry: Entry): void {
  if (
    entry.uncompressedSize > RATIO_CHECK_FLOOR_BYTES &&
    entry.uncompressedSize > entry.compressedSize * MAX_COMPRESSION_RATIO
  )
    throw new IngestError(
      tooLargeMessage(
        `its part ${entry.fileName} inflates more than ${MAX_COMPRESSION_RATIO} times (${entry.compressedSize} bytes to ${entry.uncompressedSize})`,
      ),
    );
}

/** Inflates one part into nothing, counting it against the budget; yauzl stops a part that outgrows its declared size. */
async function inflateCounting(zip: ZipFile, entry: Entry, budget: ReadBudget): Promise<void> {
  let size = 0;
  try {
    const stream = await zip.openReadStreamPromise(entry);
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      size += chunk.length;
      budget.inflate(chunk.length, size);
    }
  } catch (error) {
    const stop = budget.stopReason();
    if (stop) throw new IngestError(stop.message);
    throw new IngestError(
      `The Word document is damaged and cannot be read safely: its part ${entry.fileName} does not inflate to the size it declares (${(error as Error).message}).`,
    );
  }
}

/** The parts the reader will inflate, once every part's declared size and ratio passed. */
async function declaredParts(zip: ZipFile, budget: ReadBudget): Promise<Entry[]> {
  if (zip.entryCount > MAX_PACKAGE_ENTRIES)
    throw new IngestError(
      tooLargeMessage(`it holds ${zip.entryCount} parts, more than ${MAX_PACKAGE_ENTRIES}`),
    );
  const read: Entry[] = [];
  let declared = 0;
  for await (const entry of zip.eachEntry()) {
    checkRatio(entry);
    if (unreadPart.test(entry.fileName) || entry.fileName.endsWith('/')) continue;
    declared += entry.uncompressedSize;
    // A part past the limits is refused by its declared size before anything is inflated.
    if (entry.uncompressedSize > budget.limits.inflatedBytesPerStream)
      throw new IngestError(streamTooLarge(budget.limits));
    if (declared > budget.limits.inflatedBytesPerFile)
      throw new IngestError(fileTooLarge(budget.limits));
    read.push(entry);
  }
  return read;
}

/** Throws IngestError when the package cannot be read safely; damaged packages are left to the reader's own message. */
export async function checkDocxPackage(bytes: Uint8Array, budget: ReadBudget): Promise<void> {
  let zip: ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(Buffer.from(bytes), {
      lazyEntries: true,
      validateEntrySizes: true,
    });
  } catch {
    return;
  }
  try {
    let parts: Entry[];
    try {
      parts = await declaredParts(zip, budget);
    } catch (error) {
      if (error instanceof IngestError) throw error;
      // A damaged directory: the Word reader says so in its own words.
      return;
    }
    for (const entry of parts) await inflateCounting(zip, entry, budget);
  } finally {
    zip.close();
  }
}
