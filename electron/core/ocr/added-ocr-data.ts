// The recognition data the user adds from the app or the command line: a `.traineddata` (or
// `.traineddata.gz`) file, checked as scanOcrData checks it, copied into the data folder's
// ocr-data/ (written beside and renamed, so the engine never reads half a file), listed beside
// the shipped languages, and removed again. A file added for a shipped language takes its place.
import { copyFileSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { OcrLanguage, OcrLanguageList } from '#shared/ocr-languages.ts';
import {
  BUNDLED_DATA,
  bundledDataFolders,
  dataFileProblem,
  OCR_LANGUAGE_CODES,
  OcrDataError,
  ORIENTATION_DATA,
  scanOcrData,
  USER_OCR_FOLDER,
} from './ocr-languages.ts';

const addedFolder = (dataFolder: string) => join(dataFolder, USER_OCR_FOLDER);

const languageOf = (code: string) =>
  Object.entries(OCR_LANGUAGE_CODES).find(([, data]) => data === code)?.[0] ?? null;

/** The library's languages and any other the user added, each with where its data comes from. */
/** The languages, each shipped, added or missing; with no data folder, none can have been added. */
export function listOcrLanguages(dataFolder: string | null): OcrLanguageList {
  const added = scanOcrData(dataFolder === null ? [] : [addedFolder(dataFolder)]);
  const shipped = scanOcrData(bundledDataFolders());
  const codes = new Set([...Object.values(OCR_LANGUAGE_CODES), ...added.files.keys()]);
  const languages = [...codes].map((code): OcrLanguage => {
    const file = added.files.get(code) ?? shipped.files.get(code);
    const state = added.files.has(code) ? 'added' : file ? 'shipped' : 'missing';
    return { code, language: languageOf(code), state, bytes: file?.bytes ?? null };
  });
  return { languages, problems: added.problems };
}

/** Checks a recognition data file and copies it into the data folder; returns its code. */
export function addOcrData(dataFolder: string, file: string): string {
  const stat = statSync(file, { throwIfNoEntry: false });
  if (!stat) throw new OcrDataError(`There is no file at ${file}.`);
  if (!stat.isFile()) throw new OcrDataError(`${file} is a folder, not a recognition data file.`);
  const name = basename(file);
  const problem = dataFileProblem(file, name, stat.size);
  if (problem) throw new OcrDataError(problem);
  const code = name.slice(0, name.indexOf('.'));
  if (code === ORIENTATION_DATA)
    throw new OcrDataError(
      `"${name}" is the data that tells which way up a page is, which ships with the app.`,
    );
  const folder = addedFolder(dataFolder);
  mkdirSync(folder, { recursive: true });
  const partial = join(folder, `.${name}.${process.pid}.partial`);
  try {
    copyFileSync(file, partial);
    // One file a language: the compressed and the plain one would otherwise compete.
    removeFiles(folder, code);
    renameSync(partial, join(folder, name));
  } finally {
    rmSync(partial, { force: true });
  }
  return code;
}

function removeFiles(folder: string, code: string): boolean {
  let removed = false;
  for (const name of [`${code}.traineddata`, `${code}.traineddata.gz`]) {
    const path = join(folder, name);
    if (statSync(path, { throwIfNoEntry: false })?.isFile()) {
      rmSync(path);
      removed = true;
    }
  }
  return removed;
}

/** Removes the data the user added for a language; shipped data comes back in its place. */
export function removeOcrData(dataFolder: string, code: string): void {
  if (!/^[a-z]{3}(?:_[a-z]+)?$/.test(code))
    throw new OcrDataError(`"${code}" is not a recognition language code such as khm.`);
  if (!removeFiles(addedFolder(dataFolder), code))
    throw new OcrDataError(
      BUNDLED_DATA.includes(code)
        ? `The data for "${code}" ships with the app and cannot be removed.`
        : `No data was added for "${code}".`,
    );
}
