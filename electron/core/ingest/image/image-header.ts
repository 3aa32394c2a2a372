// What kind of image a file holds and how large it is, from its first bytes alone: PNG, JPEG and
// TIFF are told by their signatures, not their names, and their size is known before any pixel is
// decoded, so a picture made to exhaust memory is refused unread.
import { IngestError } from '../ingest-error.ts';

export type ImageKind = 'png' | 'jpeg' | 'tiff';

export interface ImageSize {
  width: number;
  height: number;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function startsWithBytes(bytes: Uint8Array, signature: readonly number[]): boolean {
  return bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);
}

/** The kind of image the bytes hold, or null when they hold none of those read here. */
export function imageKind(bytes: Uint8Array): ImageKind | null {
  if (startsWithBytes(bytes, PNG_SIGNATURE)) return 'png';
  if (startsWithBytes(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWithBytes(bytes, [0x49, 0x49, 0x2a, 0x00])) return 'tiff';
  if (startsWithBytes(bytes, [0x4d, 0x4d, 0x00, 0x2a])) return 'tiff';
  return null;
}

const damaged = (kind: string) =>
  new IngestError(`The ${kind} image is damaged or incomplete: its size cannot be read.`);

/** A PNG's size, from its first chunk (IHDR). */
export function pngSize(bytes: Uint8Array): ImageSize {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const isHeader = bytes.length >= 24 && String.fromCharCode(...bytes.subarray(12, 16)) === 'IHDR';
  if (!isHeader) throw damaged('PNG');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** Start-of-frame markers: baseline, extended, progressive and lossless JPEG, not DHT/JPG/DAC. */
const startOfFrame = (marker: number) =>
  marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;

/** A JPEG's size, from its start-of-frame segment. */
export function jpegSize(bytes: Uint8Array): ImageSize {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 2;
  while (at + 9 <= bytes.length) {
    if (bytes[at] !== 0xff) throw damaged('JPEG');
    const marker = bytes[at + 1] as number;
    // Fill bytes and markers without a length (restart markers, start of image).
    if (marker === 0xff) {
      at++;
      continue;
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd8)) {
      at += 2;
      continue;
    }
    if (startOfFrame(marker))
      return { width: view.getUint16(at + 7), height: view.getUint16(at + 5) };
    if (marker === 0xd9 || marker === 0xda) break;
    at += 2 + view.getUint16(at + 2);
  }
  throw damaged('JPEG');
}

/** Refuses an image larger than `maxPixels`, before it is decoded. */
export function checkPixels(size: ImageSize, maxPixels: number, what = 'The image'): void {
  if (size.width < 1 || size.height < 1) throw new IngestError(`${what} has no pixels.`);
  if (size.width * size.height > maxPixels)
    throw new IngestError(
      `${what} is too large to read safely: ${size.width} × ${size.height} pixels, more than the ${Math.round(maxPixels / 1e6)} million a page may have. It may be made to exhaust the computer's memory; it was not indexed.`,
    );
}
