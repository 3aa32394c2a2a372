// `portal ocr`: which languages scanned pages can be read in (the shipped data and the person's
// own .traineddata files, with any refused and why), adding or removing the person's own data in
// the data folder, and one page read, an image or a PDF page, to check a language before relying
// on it.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  OCR_LANGUAGE_CODES,
  OcrDataError,
  ocrDataFolders,
  scanOcrData,
} from '#core/ocr/ocr-languages.ts';
import { addOcrData, removeOcrData } from '#core/ocr/added-ocr-data.ts';
import { OcrImageError } from '#core/ocr/page-image.ts';
import { createOcrEngine } from '#core/ocr/recognise-page.ts';
import { RenderError, renderPdfPage } from '#core/ocr/render-pdf-page.ts';
import { openLibrary, UsageError } from './commands.ts';
import { checkOcrFlags, describeOcrReport, runOcrFromCli } from './ocr-run-command.ts';
import type { Flags } from './commands.ts';
import { dataFolder } from './default-paths.ts';

const out = (s: string) => process.stdout.write(`${s}\n`);

const USAGE =
  'portal ocr languages [--ocr-data DIR] [--json] | ocr add <file.traineddata> | ocr remove <code> | ocr read <image-or-pdf> [--lang L] [--page N] [--dpi N] [--ocr-data DIR] [--json] | ocr run [--db FILE] [--ocr-workers N] [--ocr-data DIR] [--json]: see portal help.';

const stringFlag = (flags: Flags, name: string) => {
  const value = flags[name];
  return typeof value === 'string' ? value : undefined;
};

const foldersFor = (flags: Flags) => {
  const flag = stringFlag(flags, 'ocr-data');
  return ocrDataFolders({ dataFolder: dataFolder(), ocrDataFlag: flag && resolve(flag) });
};

function languagesAction(flags: Flags): number {
  const { files, problems } = scanOcrData(foldersFor(flags));
  const languages = Object.entries(OCR_LANGUAGE_CODES).map(([language, code]) => ({
    language,
    code,
    file: files.get(code)?.path ?? null,
  }));
  if (flags.json) out(JSON.stringify({ languages, problems }, null, 2));
  else {
    for (const { language, code, file } of languages)
      out(
        `${language.padEnd(4)} ${code}  ${file ?? `missing: add ${code}.traineddata to an ocr-data folder`}`,
      );
    for (const problem of problems) out(`refused: ${problem}`);
  }
  return 0;
}

async function readAction(file: string | undefined, flags: Flags): Promise<number> {
  if (!file) throw new UsageError(USAGE);
  const path = resolve(file);
  const languages = ((flags.lang as string[] | undefined) ?? ['en']).flatMap((value) =>
    value.split(','),
  );
  const isPdf = path.toLowerCase().endsWith('.pdf');
  const image = isPdf
    ? (
        await renderPdfPage({
          path,
          page: Number(stringFlag(flags, 'page') ?? '1'),
          dpi: Number(stringFlag(flags, 'dpi') ?? '300'),
        })
      ).png
    : readFileSync(path);
  const cacheFolder = mkdtempSync(join(tmpdir(), 'portal-ocr-'));
  const engine = await createOcrEngine({ dataFolders: foldersFor(flags), cacheFolder });
  try {
    const page = await engine.recognise(image, languages);
    if (flags.json) out(JSON.stringify(page, null, 2));
    else {
      out(page.text.trimEnd());
      out(
        `\n${page.words.length} words, confidence ${Math.round(page.confidence)}, turned ${page.rotation ?? 0}°, ${page.model}`,
      );
    }
    return 0;
  } finally {
    await engine.close();
    rmSync(cacheFolder, { recursive: true, force: true });
  }
}

/** Reads the library's scanned pages that wait for OCR, indexing each document again. */
async function runAction(extra: string | undefined, flags: Flags): Promise<number> {
  if (extra !== undefined) throw new UsageError(`portal ocr run takes no file (got "${extra}").`);
  checkOcrFlags({ ...flags, ocr: true });
  const portal = await openLibrary(flags);
  const { libraryDbPath, libraryFolder } = portal;
  portal.close();
  if (!libraryFolder)
    throw new UsageError('This library has no folder yet: index one with portal index <folder>.');
  const report = await runOcrFromCli(libraryDbPath, libraryFolder, flags);
  out(flags.json ? JSON.stringify(report, null, 2) : describeOcrReport(report));
  return 0;
}

export async function ocrCommand(args: string[], flags: Flags): Promise<number> {
  const [action, file] = args;
  try {
    if (action === 'languages') return languagesAction(flags);
    if (action === 'read') return await readAction(file, flags);
    if (action === 'run') return await runAction(file, flags);
    if (action === 'add' && file) {
      const code = addOcrData(dataFolder(), resolve(file));
      out(`Added ${code}: scanned pages can now be read with it (portal ocr languages lists it).`);
      return 0;
    }
    if (action === 'remove' && file) {
      removeOcrData(dataFolder(), file);
      out(`Removed the data added for ${file}.`);
      return 0;
    }
  } catch (error) {
    if (
      error instanceof OcrDataError ||
      error instanceof OcrImageError ||
      error instanceof RenderError
    )
      throw new UsageError(error.message);
    throw error;
  }
  throw new UsageError(USAGE);
}
