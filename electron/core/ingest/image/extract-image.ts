// An image file (a scanned page as PNG, JPEG or TIFF) read as a document: one page per image, or
// per TIFF frame, with no text until OCR reads it. PNG and JPEG pages are shown from the file
// itself; TIFF frames are converted to PNG, which Chromium can show.
import { IngestError } from '../ingest-error.ts';
import type { ReadLimits } from '../read-limits.ts';
import { checkPixels, imageKind, jpegSize, pngSize, type ImageSize } from './image-header.ts';
import { tiffPages } from './tiff-frames.ts';

export interface ImagePage extends ImageSize {
  /** The page as PNG where the file's own bytes cannot be shown (a TIFF frame). */
  png?: Uint8Array;
}

/** The pages of an image file, each within the page pixel limit. */
export async function extractImage(bytes: Uint8Array, limits: ReadLimits): Promise<ImagePage[]> {
  const kind = imageKind(bytes);
  if (kind === 'tiff') return tiffPages(bytes, limits);
  if (kind === null) throw new IngestError('The file is not a PNG, JPEG or TIFF image.');
  const size = kind === 'png' ? pngSize(bytes) : jpegSize(bytes);
  checkPixels(size, limits.pixelsPerPage);
  return [size];
}
