// Turning a page image a quarter, half or three-quarter turn, for pages scanned sideways or upside
// down. The recogniser hands over its own greyscale PNG of the page (8 bits, not interlaced,
// whatever the input was), so this reads that kind of PNG, and writes the same kind. Language
// detection also reads 8-bit colour PNGs here, in grey.
import { crc32, deflateSync, inflateSync } from 'node:zlib';
import { OcrImageError } from './page-image.ts';

export interface GreyImage {
  width: number;
  height: number;
  /** One byte per pixel, row after row. */
  pixels: Uint8Array;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

interface PngParts {
  width: number;
  height: number;
  depth: number;
  colour: number;
  interlace: number;
  data: Buffer;
}

function readPng(png: Uint8Array): PngParts {
  const bytes = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  if (!bytes.subarray(0, 8).equals(SIGNATURE)) throw new OcrImageError('The image is not a PNG.');
  let offset = 8;
  const parts = { width: 0, height: 0, depth: 0, colour: 0, interlace: 0 };
  const data: Buffer[] = [];
  while (offset + 8 <= bytes.length) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString('latin1', offset + 4, offset + 8);
    const body = bytes.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      parts.width = body.readUInt32BE(0);
      parts.height = body.readUInt32BE(4);
      parts.depth = body[8]!;
      parts.colour = body[9]!;
      parts.interlace = body[12]!;
    } else if (type === 'IDAT') data.push(body);
    else if (type === 'IEND') break;
    offset += 12 + length;
  }
  if (!parts.width || !parts.height) throw new OcrImageError('The PNG has no image header.');
  return { ...parts, data: Buffer.concat(data) };
}

export function decodeGreyPng(png: Uint8Array): GreyImage {
  const { width, height, depth, colour, interlace, data } = readPng(png);
  if (depth !== 8 || colour !== 0 || interlace !== 0)
    throw new OcrImageError('Only 8-bit greyscale PNG images can be turned.');
  return { width, height, pixels: unfilter(inflateSync(data), width, height, 1) };
}

/** Bytes per pixel of the 8-bit PNG colour types read here: grey, RGB, grey and alpha, RGBA. */
const CHANNELS: Readonly<Record<number, number>> = { 0: 1, 2: 3, 4: 2, 6: 4 };

/**
 * Any 8-bit, non-interlaced greyscale or colour PNG (what the page renderer writes, and most page
 * images) in grey, decoded here rather than by the recogniser, which would hand back a PNG of the
 * whole page to decode again. Other PNGs (palettes, 16 bits, interlaced) answer OcrImageError.
 */
export function decodePngAsGrey(png: Uint8Array): GreyImage {
  const { width, height, depth, colour, interlace, data } = readPng(png);
  const channels = CHANNELS[colour];
  if (depth !== 8 || !channels || interlace !== 0)
    throw new OcrImageError('Only 8-bit, non-interlaced grey or colour PNG images are read here.');
  const raw = unfilter(inflateSync(data), width * channels, height, channels);
  if (channels === 1) return { width, height, pixels: raw };
  const pixels = new Uint8Array(width * height);
  for (let i = 0, j = 0; i < pixels.length; i++, j += channels)
    pixels[i] =
      channels === 2 ? raw[j]! : (raw[j]! * 77 + raw[j + 1]! * 150 + raw[j + 2]! * 29) >> 8;
  return { width, height, pixels };
}

/** Undoes PNG's per-row filters: `rowBytes` bytes a row, `bpp` bytes a pixel. */
function unfilter(raw: Buffer, rowBytes: number, height: number, bpp: number): Uint8Array {
  const out = new Uint8Array(rowBytes * height);
  if (raw.length < (rowBytes + 1) * height) throw new OcrImageError('The PNG is cut short.');
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (rowBytes + 1)];
    const row = y * rowBytes;
    const source = y * (rowBytes + 1) + 1;
    for (let x = 0; x < rowBytes; x++) {
      const value = raw[source + x]!;
      const left = x >= bpp ? out[row + x - bpp]! : 0;
      const up = y > 0 ? out[row - rowBytes + x]! : 0;
      const upLeft = x >= bpp && y > 0 ? out[row - rowBytes + x - bpp]! : 0;
      let predicted = 0;
      if (filter === 1) predicted = left;
      else if (filter === 2) predicted = up;
      else if (filter === 3) predicted = (left + up) >> 1;
      else if (filter === 4) predicted = paeth(left, up, upLeft);
      out[row + x] = (value + predicted) & 0xff;
    }
  }
  return out;
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  if (pa <= pb && pa <= pc) return a;
  return pb <= pc ? b : c;
}

/** The image turned clockwise by a multiple of 90 degrees. */
export function rotateGrey(image: GreyImage, degrees: 0 | 90 | 180 | 270): GreyImage {
  if (degrees === 0) return image;
  const { width, height, pixels } = image;
  const quarter = degrees !== 180;
  const outWidth = quarter ? height : width;
  const outHeight = quarter ? width : height;
  const out = new Uint8Array(pixels.length);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let tx: number;
      let ty: number;
      if (degrees === 90) [tx, ty] = [height - 1 - y, x];
      else if (degrees === 180) [tx, ty] = [width - 1 - x, height - 1 - y];
      else [tx, ty] = [y, width - 1 - x];
      out[ty * outWidth + tx] = pixels[y * width + x]!;
    }
  }
  return { width: outWidth, height: outHeight, pixels: out };
}

export function encodeGreyPng({ width, height, pixels }: GreyImage): Uint8Array {
  const raw = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++)
    raw.set(pixels.subarray(y * width, (y + 1) * width), y * (width + 1) + 1);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 0, 0, 0, 0], 8);
  // Fast compression: the image only goes to the recogniser, in memory.
  const chunks = [
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 1 })),
    chunk('IEND', Buffer.alloc(0)),
  ];
  return Buffer.concat([SIGNATURE, ...chunks]);
}

function chunk(type: string, body: Buffer): Buffer {
  const out = Buffer.alloc(12 + body.length);
  out.writeUInt32BE(body.length, 0);
  out.write(type, 4, 'latin1');
  body.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + body.length)), 8 + body.length);
  return out;
}
