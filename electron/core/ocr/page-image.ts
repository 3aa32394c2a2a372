// What a page image given for recognition must be: a PNG or a JPEG, within the pixels one page
// may have (read-limits.ts). Its size is read from its header, before anything decodes it, so an
// image made to inflate to gigabytes is refused at once.
import { DEFAULT_READ_LIMITS } from '../ingest/read-limits.ts';

export class OcrImageError extends Error {
  override name = 'OcrImageError';
}

export interface ImageSize {
  format: 'png' | 'jpeg';
  width: number;
  height: number;
}

/** The image's format and size from its header; a clear error for anything else. */
export function pageImageSize(image: Uint8Array): ImageSize {
  if (!(image instanceof Uint8Array) || image.length < 24)
    throw new OcrImageError('The page image must be the bytes of a PNG or JPEG file.');
  const bytes = Buffer.from(image.buffer, image.byteOffset, image.byteLength);
  const size = bytes.readUInt32BE(0) === 0x89504e47 ? pngSize(bytes) : jpegSize(bytes);
  if (!size)
    throw new OcrImageError(
      'The page image is neither a PNG nor a JPEG file (or its header is damaged).',
    );
  if (size.width < 1 || size.height < 1) throw new OcrImageError('The page image has no pixels.');
  const limit = DEFAULT_READ_LIMITS.pixelsPerPage;
  if (size.width * size.height > limit)
    throw new OcrImageError(
      `The page image is ${size.width} × ${size.height} pixels, more than the ${limit / 1e6} million one page may have (an A4 page at 600 dpi has about 35 million).`,
    );
  return size;
}

function pngSize(bytes: Buffer): ImageSize | null {
  if (bytes.toString('latin1', 12, 16) !== 'IHDR') return null;
  return { format: 'png', width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Walks the JPEG's segments to the frame header (SOF0–SOF15, not DHT, JPG or DAC). */
function jpegSize(bytes: Buffer): ImageSize | null {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  let offset = 2;
  while (offset + 9 < bytes.length) {
    if (bytes[offset] !== 0xff) return null;
    const marker = bytes[offset + 1]!;
    if (marker === 0xff) {
      offset += 1;
      continue;
    }
    const length = bytes.readUInt16BE(offset + 2);
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker))
      return {
        format: 'jpeg',
        height: bytes.readUInt16BE(offset + 5),
        width: bytes.readUInt16BE(offset + 7),
      };
    offset += 2 + length;
  }
  return null;
}
