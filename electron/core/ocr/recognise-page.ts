// Reading the words of a scanned page: tesseract's LSTM recogniser compiled to WebAssembly
// (tesseract.js), in worker threads of this process, with its data read from disk only. Each
// page is first checked for which way up it is (the orientation detector), turned upright when
// it was scanned sideways or upside down, then read with automatic page segmentation.
import { createWorker, OEM, PSM } from 'tesseract.js';
import type { Page, Worker } from 'tesseract.js';
import { decodeGreyPng, decodePngAsGrey, encodeGreyPng, rotateGrey } from './grey-png.ts';
import { detectPageLanguage } from './detect-page-language.ts';
import { TRIAL_MODELS } from './language-trials.ts';
import {
  OCR_LANGUAGE_CODES,
  ORIENTATION_DATA,
  requireOcrData,
  scanOcrData,
  tesseractLanguages,
} from './ocr-languages.ts';
import { OcrImageError, pageImageSize } from './page-image.ts';
import { modelName, stageOcrData } from './stage-ocr-data.ts';
import type { StagedData } from './stage-ocr-data.ts';
import type { OcrDataFile } from './ocr-languages.ts';
import type { OcrEngine, OcrPage, OcrWord } from '#shared/ocr-types.ts';

export type { OcrEngine, OcrPage, OcrWord } from '#shared/ocr-types.ts';

export interface OcrEngineOptions {
  /** Folders holding <code>.traineddata(.gz) files, the first holding a language winning. */
  dataFolders: string[];
  /** A folder the engine may write to: the data, gathered and compressed for the recogniser. */
  cacheFolder: string;
  /** Pages read at once, each in a worker thread of its own (about 150 MB each); 1 by default. */
  workers?: number;
}

export const MAX_OCR_WORKERS = 8;

/**
 * How sure the orientation detector must be before a page is turned. Upright text scores in the
 * tens; a page of pictures or a few words scores near zero and is left as it is.
 */
const MIN_ORIENTATION_CONFIDENCE = 2;

/**
 * A page read with a mean word confidence under this is checked for which way up it is. Upright
 * print reads at 80 to 95; a sideways or upside-down page reads as noise, far under it.
 */
const CHECK_ORIENTATION_BELOW = 75;

interface Slot {
  reader: Worker;
  /** The languages the reader was last started with, as tesseract's "eng+tha". */
  languages: string;
  /** The page segmentation the reader was last set to. */
  segmentation: PSM;
}

/**
 * Languages whose pages are read a second time as one block of text, the reading with the higher
 * confidence kept: automatic layout analysis cuts Burmese's stacked letters into bits of lines
 * (on the fixture page, 34 % of characters wrong read automatically, 12 % read as one block;
 * Debian's tesseract alike). Pages in columns keep the automatic reading, which is then surer.
 */
const ALSO_READ_AS_BLOCK = new Set(['mya']);

/**
 * The orientation detector, one for the whole engine and started on first need: a recogniser's
 * memory never shrinks once grown, so one per reader doubled the engine's memory on pages of
 * Thai, Lao or Burmese (often read under CHECK_ORIENTATION_BELOW), for a check that takes a
 * fraction of a page's reading. The worker takes its jobs one at a time.
 */
interface Detector {
  worker: Promise<Worker> | null;
}

export async function createOcrEngine(options: OcrEngineOptions): Promise<OcrEngine> {
  const { dataFolders, cacheFolder } = options;
  const workers = options.workers ?? 1;
  if (!Array.isArray(dataFolders) || dataFolders.some((folder) => typeof folder !== 'string'))
    throw new TypeError('dataFolders must be a list of folder paths.');
  if (typeof cacheFolder !== 'string' || cacheFolder === '')
    throw new TypeError('cacheFolder must be a folder path.');
  if (!Number.isInteger(workers) || workers < 1 || workers > MAX_OCR_WORKERS)
    throw new RangeError(`workers must be a whole number from 1 to ${MAX_OCR_WORKERS}.`);

  const scan = scanOcrData(dataFolders);
  const staged = stageOcrData(requireOcrData(scan, ['eng', ORIENTATION_DATA]), cacheFolder);
  // The recogniser reads data only from this folder on disk, and keeps no copy of its own
  // (cacheMethod "none"): with a langPath that is a path, not a URL, it never fetches.
  const workerOptions = { langPath: staged.folder, cacheMethod: 'none', gzip: true };

  const slots: Slot[] = [];
  try {
    for (let i = 0; i < workers; i++) {
      const reader = await createWorker('eng', OEM.LSTM_ONLY, workerOptions);
      await reader.setParameters({ tessedit_pageseg_mode: PSM.AUTO });
      slots.push({ reader, languages: 'eng', segmentation: PSM.AUTO });
    }
  } catch (error) {
    await Promise.allSettled(slots.map((slot) => slot.reader.terminate()));
    throw error;
  }

  const detector: Detector = { worker: null };
  const idle = [...slots];
  const waiting: ((slot: Slot) => void)[] = [];
  let closed = false;

  const acquire = () =>
    new Promise<Slot>((resolve) => {
      const slot = idle.pop();
      if (slot) resolve(slot);
      else waiting.push(resolve);
    });
  const release = (slot: Slot) => {
    const next = waiting.shift();
    if (next) next(slot);
    else idle.push(slot);
  };

  const stagedFor = (files: OcrDataFile[]) => {
    const missing = files.filter((file) => !staged.versions.has(file.code));
    if (missing.length) {
      const more = stageOcrData(missing, cacheFolder);
      for (const [code, version] of more.versions) staged.versions.set(code, version);
    }
  };

  return {
    async recognise(image, languages) {
      if (closed) throw new Error('The OCR engine has been closed.');
      const size = pageImageSize(image);
      const codes = tesseractLanguages(languages);
      stagedFor(requireOcrData(scan, codes));
      const slot = await acquire();
      try {
        return await recogniseOn(slot, { image, size, codes, staged, workerOptions, detector });
      } finally {
        release(slot);
      }
    },
    async detectLanguage(image) {
      if (closed) throw new Error('The OCR engine has been closed.');
      pageImageSize(image);
      const models = TRIAL_MODELS.map((t) => t.model).filter((code) => scan.files.has(code));
      stagedFor(requireOcrData(scan, models));
      const installed = new Set(
        Object.entries(OCR_LANGUAGE_CODES)
          .filter(([, code]) => scan.files.has(code))
          .map(([language]) => language),
      );
      const slot = await acquire();
      try {
        return await detectPageLanguage(trialReader(slot), image, new Set(models), installed);
      } finally {
        release(slot);
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      await Promise.allSettled([
        ...slots.map((slot) => slot.reader.terminate()),
        detector.worker?.then((worker) => worker.terminate()),
      ]);
    },
  };
}

interface PageJob {
  image: Uint8Array;
  size: { width: number; height: number };
  codes: string[];
  staged: StagedData;
  workerOptions: Record<string, unknown>;
  detector: Detector;
}

async function recogniseOn(slot: Slot, job: PageJob): Promise<OcrPage> {
  const input = Buffer.from(job.image.buffer, job.image.byteOffset, job.image.byteLength);
  const languages = job.codes.join('+');
  if (slot.languages !== languages) {
    await slot.reader.reinitialize(languages, OEM.LSTM_ONLY);
    await slot.reader.setParameters({ tessedit_pageseg_mode: PSM.AUTO });
    slot.languages = languages;
    slot.segmentation = PSM.AUTO;
  }
  const read = async (image: Buffer, segmentation = PSM.AUTO) => {
    if (slot.segmentation !== segmentation) {
      await slot.reader.setParameters({ tessedit_pageseg_mode: segmentation });
      slot.segmentation = segmentation;
    }
    return slot.reader.recognize(image, {}, { text: true, blocks: true });
  };
  const page = (
    data: Page,
    words: OcrWord[],
    width: number,
    height: number,
    rotation: OcrPage['rotation'],
  ) => ({
    text: data.text,
    words,
    confidence: data.confidence,
    width,
    height,
    languages: job.codes,
    model: modelName(job.staged, job.codes),
    rotation,
  });
  // Most pages are scanned upright and read with confidence; the orientation check (about as long
  // as reading the page) is spent only on a page read with little, or whose words stand on end
  // (the recogniser reads a sideways page, but as columns of words in the sideways image).
  let { data: first } = await read(input);
  if (ALSO_READ_AS_BLOCK.has(job.codes[0] ?? '')) {
    const { data: block } = await read(input, PSM.SINGLE_BLOCK);
    if (block.confidence > first.confidence) first = block;
  }
  const words = wordsOf(first);
  if (first.confidence >= CHECK_ORIENTATION_BELOW && !standOnEnd(words))
    return page(first, words, job.size.width, job.size.height, 0);
  const rotation = await uprightTurn(job.detector, input, job.workerOptions);
  if (rotation === 0) return page(first, words, job.size.width, job.size.height, 0);
  // The recogniser decodes any PNG or JPEG; its greyscale copy of the page is what gets turned.
  const { data: decoded } = await slot.reader.recognize(
    input,
    {},
    { text: false, imageGrey: true },
  );
  const turned = rotateGrey(decodeGreyPng(fromDataUrl(decoded.imageGrey)), rotation);
  const { data: upright } = await read(Buffer.from(encodeGreyPng(turned)));
  return page(upright, wordsOf(upright), turned.width, turned.height, rotation);
}

/**
 * Trial readings on a reader's worker: each model in turn, a strip read as one block (no layout
 * to analyse in a few lines). The worker is left with the last model, which the next page's
 * reading replaces.
 */
function trialReader(slot: Slot) {
  return {
    async grey(image: Uint8Array) {
      try {
        return decodePngAsGrey(image);
      } catch (error) {
        if (!(error instanceof OcrImageError)) throw error;
      }
      // A JPEG, or a PNG of another kind: the recogniser decodes it.
      const input = Buffer.from(image.buffer, image.byteOffset, image.byteLength);
      const { data } = await slot.reader.recognize(input, {}, { text: false, imageGrey: true });
      return decodeGreyPng(fromDataUrl(data.imageGrey));
    },
    async read(png: Uint8Array, model: string) {
      if (slot.languages !== model) {
        await slot.reader.reinitialize(model, OEM.LSTM_ONLY);
        slot.languages = model;
        slot.segmentation = PSM.AUTO;
      }
      if (slot.segmentation !== PSM.SINGLE_BLOCK) {
        await slot.reader.setParameters({ tessedit_pageseg_mode: PSM.SINGLE_BLOCK });
        slot.segmentation = PSM.SINGLE_BLOCK;
      }
      const { data } = await slot.reader.recognize(Buffer.from(png));
      return { text: data.text, confidence: data.confidence };
    },
  };
}

/** The clockwise turn that brings the page upright, by the orientation detector. */
async function uprightTurn(
  detector: Detector,
  image: Buffer,
  workerOptions: Record<string, unknown>,
): Promise<0 | 90 | 180 | 270> {
  // The detector is tesseract's older engine, which the LSTM-only build lacks: a worker of its own.
  detector.worker ??= createWorker(ORIENTATION_DATA, OEM.TESSERACT_ONLY, {
    ...workerOptions,
    legacyCore: true,
    legacyLang: true,
  });
  const worker = await detector.worker.catch((error: unknown) => {
    detector.worker = null;
    throw error;
  });
  const { data } = await worker.detect(image);
  const degrees = data.orientation_degrees;
  if (
    (degrees !== 90 && degrees !== 180 && degrees !== 270) ||
    (data.orientation_confidence ?? 0) < MIN_ORIENTATION_CONFIDENCE
  )
    return 0;
  return degrees;
}

/** Most words of several letters are taller than wide: lines running down the image. */
function standOnEnd(words: OcrWord[]): boolean {
  const long = words.filter((word) => [...word.text].length >= 4);
  const tall = long.filter(({ box: [x0, y0, x1, y1] }) => y1 - y0 > x1 - x0);
  return long.length > 0 && tall.length * 2 > long.length;
}

function fromDataUrl(url: string | null): Uint8Array {
  const base64 = url?.split(',', 2)[1];
  if (!base64) throw new OcrImageError('The page image could not be decoded to be turned upright.');
  return Buffer.from(base64, 'base64');
}

/** Every word in reading order (blocks, paragraphs, lines), empty ones left out. */
function wordsOf(page: Page): OcrWord[] {
  const words: OcrWord[] = [];
  for (const block of page.blocks ?? [])
    for (const paragraph of block.paragraphs)
      for (const line of paragraph.lines)
        for (const word of line.words) {
          const text = word.text.trim();
          if (!text) continue;
          const { x0, y0, x1, y1 } = word.bbox;
          words.push({ text, box: [x0, y0, x1, y1], confidence: word.confidence });
        }
  return words;
}
