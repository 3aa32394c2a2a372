// The recogniser reads every language's data from one folder, compressed, by file name; the data
// lies in many (one npm package per shipped language, the person's own folder). Each file is
// copied (or compressed) into the engine's cache folder once, and its content's hash names the
// model that read a page, so stored recognition can be reused exactly while the data is the same.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { OcrDataFile } from './ocr-languages.ts';

export interface StagedData {
  /** The folder given to the recogniser as its langPath: <code>.traineddata.gz files. */
  folder: string;
  /** Each code's data as "code:hash": the first 12 hex digits of the SHA-256 of its file as found. */
  versions: Map<string, string>;
}

const require = createRequire(import.meta.url);
const packageVersion = (name: string) =>
  (require(`${name}/package.json`) as { version: string }).version;

/** The recogniser's own versions and settings, the part of a model name not in the data. */
export const RECOGNISER_ID = `tesseract.js ${packageVersion('tesseract.js')} core ${packageVersion('tesseract.js-core')} oem1 psm3`;

export function stageOcrData(files: readonly OcrDataFile[], cacheFolder: string): StagedData {
  const folder = join(cacheFolder, 'tessdata');
  mkdirSync(folder, { recursive: true });
  const versions = new Map<string, string>();
  for (const file of files) {
    const source = readFileSync(file.path);
    versions.set(
      file.code,
      `${file.code}:${createHash('sha256').update(source).digest('hex').slice(0, 12)}`,
    );
    const staged = join(folder, `${file.code}.traineddata.gz`);
    const compressed = file.gzip ? source : gzipSync(source, { level: 1 });
    if (
      statSync(staged, { throwIfNoEntry: false })?.size === compressed.length &&
      sameBytes(staged, compressed)
    )
      continue;
    // Written beside and renamed, so another engine sharing the cache never reads half a file.
    const partial = `${staged}.${process.pid}.partial`;
    writeFileSync(partial, compressed);
    renameSync(partial, staged);
  }
  return { folder, versions };
}

function sameBytes(path: string, bytes: Buffer): boolean {
  return readFileSync(path).equals(bytes);
}

/** The model that reads a page in these languages: recogniser and each data file's version. */
export function modelName(staged: StagedData, codes: readonly string[]): string {
  return [RECOGNISER_ID, ...codes.map((code) => staged.versions.get(code) ?? code)].join(' ');
}
