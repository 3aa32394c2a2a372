// Which languages scanned pages can be read in, and where their recognition data lies. The data
// of English, Vietnamese, Thai, Lao, Burmese, Indonesian, Filipino, Malay and the orientation
// detector ships with the app (npm packages in node_modules, read from disk, never downloaded).
// Any other language, Khmer among them (it has no package), is a `.traineddata` file the person
// puts in a folder of their own: the data folder's `ocr-data/`, or `--ocr-data DIR` on the
// command line.
import { readdirSync, statSync, openSync, readSync, closeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The library's language codes and the recognition data each one needs. */
export const OCR_LANGUAGE_CODES: Readonly<Record<string, string>> = Object.freeze({
  en: 'eng',
  vi: 'vie',
  th: 'tha',
  lo: 'lao',
  km: 'khm',
  my: 'mya',
  id: 'ind',
  fil: 'fil',
  ms: 'msa',
});

/** The data that tells which way up a page is. */
export const ORIENTATION_DATA = 'osd';

/** Data shipped with the app, one npm package each. */
export const BUNDLED_DATA = ['eng', 'vie', 'tha', 'lao', 'mya', 'ind', 'fil', 'msa', 'osd'];

/** The shipped data's version: the int8 "best" models, which read LSTM only. */
export const BUNDLED_DATA_VERSION = '4.0.0_best_int';

/** The user's own data files sit in this folder of the data folder. */
export const USER_OCR_FOLDER = 'ocr-data';

/** Smallest and largest recognition data accepted: real files weigh from 1 to about 100 MB. */
export const MIN_DATA_BYTES = 64 * 1024;
export const MAX_DATA_BYTES = 200 * 1024 * 1024;

const DATA_FILE_NAME = /^([a-z]{3}(?:_[a-z]+)?)\.traineddata(\.gz)?$/;

export class OcrDataError extends Error {
  override name = 'OcrDataError';
}

/** One language's recognition data on disk. */
export interface OcrDataFile {
  /** Tesseract's code: eng, khm, … */
  code: string;
  path: string;
  gzip: boolean;
  bytes: number;
}

export interface OcrDataScan {
  /** Each code with the first folder's file that holds it. */
  files: Map<string, OcrDataFile>;
  /** Files refused, each with why, to be shown to the person who added them. */
  problems: string[];
}

const require = createRequire(import.meta.url);

/** The shipped data folders, resolved from node_modules (each package holds one file). */
export function bundledDataFolders(): string[] {
  return BUNDLED_DATA.map((code) =>
    join(dirname(require.resolve(`@tesseract.js-data/${code}/package.json`)), BUNDLED_DATA_VERSION),
  );
}

/**
 * Folders to read data from, the first holding a language winning: the one the command line
 * names, then the data folder's, then the shipped ones, so a file the person adds (a newer or a
 * larger model) takes the place of the shipped one.
 */
export function ocrDataFolders(options: { dataFolder?: string; ocrDataFlag?: string }): string[] {
  return [
    ...(options.ocrDataFlag ? [options.ocrDataFlag] : []),
    ...(options.dataFolder ? [join(options.dataFolder, USER_OCR_FOLDER)] : []),
    ...bundledDataFolders(),
  ];
}

/** The library's language codes as tesseract's, with English always beside them (last). */
export function tesseractLanguages(languages: readonly string[]): string[] {
  if (!Array.isArray(languages) || languages.some((code) => typeof code !== 'string'))
    throw new OcrDataError('Languages must be a list of language codes such as "en" or "th".');
  const codes = languages.map((language) => {
    const code = OCR_LANGUAGE_CODES[language];
    if (!code)
      throw new OcrDataError(
        `Scanned pages cannot be read in "${language}": the languages known are ${Object.keys(OCR_LANGUAGE_CODES).join(', ')}.`,
      );
    return code;
  });
  // The page's languages first, English last: tesseract leans on the first language's model,
  // and English beside it reads the names, acronyms and citations documents of the region mix in.
  return [...new Set(codes.filter((code) => code !== 'eng')), 'eng'];
}

/** Why a file is not recognition data, or null when it looks like it. */
export function dataFileProblem(path: string, name: string, bytes: number): string | null {
  const match = DATA_FILE_NAME.exec(name);
  if (!match)
    return `"${name}" is not a recognition data file: its name must be a language code and .traineddata (such as khm.traineddata or khm.traineddata.gz).`;
  if (bytes < MIN_DATA_BYTES)
    return `"${name}" is too small (${bytes} bytes) to be recognition data; it may be damaged or an unfinished download.`;
  if (bytes > MAX_DATA_BYTES)
    return `"${name}" is larger than ${MAX_DATA_BYTES / 1024 / 1024} MB, more than any recognition data; it was left out.`;
  const head = readHead(path, 8);
  if (match[2]) {
    if (head[0] !== 0x1f || head[1] !== 0x8b)
      return `"${name}" is named .gz but is not gzip-compressed.`;
    return null;
  }
  // A .traineddata file starts with the number of its parts (a little-endian integer, a few
  // dozen at most) followed by where each part starts (-1 for a part it does not have).
  const parts = head.readUInt32LE(0);
  const firstOffset = head.readInt32LE(4);
  if (parts < 1 || parts > 64 || (firstOffset !== -1 && firstOffset < 0))
    return `"${name}" is not recognition data: it does not start as a .traineddata file does.`;
  return null;
}

function readHead(path: string, length: number): Buffer {
  const buffer = Buffer.alloc(length);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, buffer, 0, length, 0);
  } finally {
    closeSync(fd);
  }
  return buffer;
}

/**
 * The recognition data in the folders. A folder that does not exist holds nothing (the data
 * folder's ocr-data/ is made only by whoever adds a file); other files there are listed as
 * problems, never used.
 */
export function scanOcrData(folders: readonly string[]): OcrDataScan {
  const files = new Map<string, OcrDataFile>();
  const problems: string[] = [];
  for (const folder of folders) {
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      problems.push(`The folder ${folder} cannot be read: ${(error as Error).message}`);
      continue;
    }
    for (const name of names.sort()) {
      const path = join(folder, name);
      const stat = statSync(path, { throwIfNoEntry: false });
      if (!stat?.isFile()) continue;
      const problem = dataFileProblem(path, name, stat.size);
      if (problem) {
        problems.push(`${problem} (${folder})`);
        continue;
      }
      const code = DATA_FILE_NAME.exec(name)![1]!;
      if (!files.has(code))
        files.set(code, { code, path, gzip: name.endsWith('.gz'), bytes: stat.size });
    }
  }
  return { files, problems };
}

/** The data files for these tesseract codes; a missing one is named with how to add it. */
export function requireOcrData(scan: OcrDataScan, codes: readonly string[]): OcrDataFile[] {
  return codes.map((code) => {
    const file = scan.files.get(code);
    if (file) return file;
    throw new OcrDataError(
      `No recognition data for "${code}": add ${code}.traineddata (from tesseract's tessdata, tessdata_best or tessdata_fast) to the "${USER_OCR_FOLDER}" folder of the data folder, or name a folder holding it with --ocr-data.`,
    );
  });
}
