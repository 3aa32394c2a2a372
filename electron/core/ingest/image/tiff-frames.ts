// The frames of a TIFF file (a multi-page scan: fax machines and office scanners write one frame
// per page, often bilevel with CCITT Group 4 compression), decoded and written as PNG since
// Chromium cannot show TIFF. Decoding is done by the `utif2` package, which reads every
// compression scanners use (CCITT Group 3 and 4, LZW, PackBits, Deflate, JPEG); it is loaded when
// a TIFF is first read. Each frame's size is checked against the page pixel limit before decoding.
import { IngestError } from '../ingest-error.ts';
import type { ReadLimits } from '../read-limits.ts';
import { encodePng } from './encode-png.ts';
import { checkPixels, type ImageSize } from './image-header.ts';

/** What the decoder tells of one image file directory: its tags (`t256` width, `t257` height). */
interface TiffDirectory {
  t254?: number[];
  t256?: number[];
  t257?: number[];
  width?: number;
  height?: number;
}

interface TiffDecoder {
  decode(buffer: ArrayBuffer): TiffDirectory[];
  decodeImage(buffer: ArrayBuffer, ifd: TiffDirectory): void;
  toRGBA8(ifd: TiffDirectory): Uint8Array;
}

/** The package that decodes TIFF; named here so that the bundler leaves it to Node to load. */
const TIFF_DECODER = 'utif2';

let decoder: Promise<TiffDecoder | null> | null = null;

/** The TIFF decoder, or null when it is not installed. */
export function loadTiffDecoder(): Promise<TiffDecoder | null> {
  decoder ??= import(TIFF_DECODER).then(
    (module: { default?: TiffDecoder } & Partial<TiffDecoder>) =>
      module.default ?? (module as TiffDecoder),
    () => null,
  );
  return decoder;
}

export interface PageImage extends ImageSize {
  png: Uint8Array;
}

const first = (tag: number[] | undefined) => tag?.[0] ?? 0;

/** True for a reduced-resolution copy of another frame (a thumbnail), which is no page. */
const isThumbnail = (ifd: TiffDirectory) => (first(ifd.t254) & 1) === 1;

/** Each page of a TIFF as a PNG, at most `limits.pagesPerFile` of them. */
export async function tiffPages(bytes: Uint8Array, limits: ReadLimits): Promise<PageImage[]> {
  const utif = await loadTiffDecoder();
  if (!utif)
    throw new IngestError(
      `TIFF images cannot be read: the ${TIFF_DECODER} package that decodes them is missing from this installation.`,
    );
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  let frames: TiffDirectory[];
  try {
    frames = utif.decode(buffer as ArrayBuffer).filter((ifd) => !isThumbnail(ifd));
  } catch (error) {
    throw new IngestError(`The TIFF image is damaged and cannot be read (${String(error)}).`);
  }
  if (frames.length === 0) throw new IngestError('The TIFF file holds no image.');
  return frames.slice(0, limits.pagesPerFile).map((ifd, i) => {
    const size = { width: first(ifd.t256), height: first(ifd.t257) };
    checkPixels(size, limits.pixelsPerPage, `Page ${i + 1} of the TIFF image`);
    try {
      utif.decodeImage(buffer as ArrayBuffer, ifd);
      return { ...size, png: encodePng(utif.toRGBA8(ifd), size.width, size.height) };
    } catch (error) {
      throw new IngestError(
        `Page ${i + 1} of the TIFF image is damaged and cannot be read (${String(error)}).`,
      );
    }
  });
}
