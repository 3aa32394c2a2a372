// What OCR read on a packed document's scanned pages, as a pack carries it: one JSON file per
// document (ocr/<key>.json) that the manifest lists with its size and SHA-256, so the signature
// covers it as it covers the document. Importing it makes the pages searchable without reading
// their images again. Every number and string in it is bounded, and its page numbers lie within
// the document's pages.
import { z } from 'zod';
import type { OcrWord } from '#shared/ocr-types.ts';
import { MAX_PAGES_PER_DOCUMENT } from '../library/document-record.ts';
import type { StoredOcrPage } from '../store/library/ocr-pages.ts';
import type { PackLimits } from './pack-limits.ts';

export const PACK_OCR_VERSION = 1;

/** The widest and tallest page image a reading may describe, in pixels. */
const MAX_IMAGE_SIDE = 100_000;

const coordinate = z.number().min(0).max(MAX_IMAGE_SIDE);
const confidence = z.number().min(0).max(100);

/** A word as the library stores it: [text, x0, y0, x1, y1, confidence]. */
const wordSchema = z.tuple([
  z.string().min(1).max(1000),
  coordinate,
  coordinate,
  coordinate,
  coordinate,
  confidence,
]);

function pageSchema(limits: PackLimits) {
  return z
    .strictObject({
      page: z.int().min(1).max(MAX_PAGES_PER_DOCUMENT),
      model: z.string().min(1).max(400),
      source: z.enum(['ocr', 'text-layer']),
      confidence,
      width: z.int().min(1).max(MAX_IMAGE_SIDE),
      height: z.int().min(1).max(MAX_IMAGE_SIDE),
      languages: z.array(z.string().regex(/^[a-z]{3}(?:_[a-z]+)?$/)).max(16),
      recognisedAt: z.iso.datetime(),
      words: z.array(wordSchema).max(limits.maxOcrWordsPerPage),
    })
    .superRefine((page, context) => {
      const outside = page.words.findIndex(
        ([, x0, y0, x1, y1]) => x0 > x1 || y0 > y1 || x1 > page.width || y1 > page.height,
      );
      if (outside >= 0)
        context.addIssue({
          code: 'custom',
          path: ['words', outside],
          message: 'the word’s box is not within its page image',
        });
    });
}

function packOcrSchema(limits: PackLimits) {
  return z
    .strictObject({
      version: z.literal(PACK_OCR_VERSION),
      /** The document's page count in the library it was packed from. */
      pages: z.int().min(1).max(MAX_PAGES_PER_DOCUMENT),
      readings: z.array(pageSchema(limits)).min(1),
    })
    .superRefine((file, context) => {
      const seen = new Set<number>();
      file.readings.forEach(({ page }, i) => {
        if (page > file.pages)
          context.addIssue({
            code: 'custom',
            path: ['readings', i, 'page'],
            message: `page ${page} is past the document's ${file.pages} pages`,
          });
        if (seen.has(page))
          context.addIssue({
            code: 'custom',
            path: ['readings', i, 'page'],
            message: `page ${page} is read twice`,
          });
        seen.add(page);
      });
    });
}

type PackOcrFile = z.infer<ReturnType<typeof packOcrSchema>>;

const wordRow = (w: OcrWord): z.infer<typeof wordSchema> => [w.text, ...w.box, w.confidence];

/** A document's readings as its pack file, or null when none of its pages was read. */
export function packOcrBytes(readings: readonly StoredOcrPage[], pageCount: number): Buffer | null {
  const kept = readings.filter((r) => r.page <= pageCount);
  if (kept.length === 0) return null;
  const file = {
    version: PACK_OCR_VERSION,
    pages: pageCount,
    readings: kept.map((r) => ({
      page: r.page,
      model: r.model,
      source: r.source,
      confidence: r.confidence,
      width: r.width,
      height: r.height,
      languages: r.languages,
      recognisedAt: r.recognisedAt,
      // A word the recogniser read as blank space shows nothing and finds nothing.
      words: r.words.filter((w) => w.text.trim() !== '').map(wordRow),
    })),
  } satisfies PackOcrFile;
  return Buffer.from(JSON.stringify(file));
}

/** The readings of a pack's OCR file; throws an Error saying what is wrong with it. */
export function parsePackOcr(bytes: Buffer, limits: PackLimits): StoredOcrPage[] {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new Error('is not valid JSON');
  }
  const parsed = packOcrSchema(limits).safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .slice(0, 3)
      .map((i) => `${i.path.join('.') || '(top level)'}: ${i.message}`);
    throw new Error(`is not valid: ${problems.join('; ')}`);
  }
  return parsed.data.readings.map((r) => ({
    ...r,
    words: r.words.map(([text, x0, y0, x1, y1, wordConfidence]) => ({
      text,
      box: [x0, y0, x1, y1],
      confidence: wordConfidence,
    })),
  }));
}
