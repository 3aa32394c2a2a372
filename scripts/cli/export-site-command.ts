// `portal export-site <folder>`: the library, the part of it the search filters choose, or a
// reading list, as a static copy that opens in any browser. The page script comes from `npm run build`.
import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import type { ExportSiteReport } from '#core/static-copy/export-site.ts';
import {
  COPY_STRINGS,
  DEFAULT_COPY_LANGUAGE,
  isCopyLanguage,
  type CopyLanguage,
} from '#shared/static-copy/copy-strings.ts';
import { openLibrary, UsageError, type Flags } from './commands.ts';
import { failureOf, sourceFlags, sourceOf } from './source-flags.ts';

const MAX_NAME = 200;

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function formatExport(report: ExportSiteReport): string {
  const leftOut =
    report.leftOut.length === 0
      ? 'Nothing was left out (documents marked "do not share" would be).'
      : `Left out ${report.leftOut.length}:\n${report.leftOut.map((d) => `  ${d.title} (${d.id.slice(0, 12)}): ${d.reason}`).join('\n')}`;
  return [
    `Exported ${report.documents} documents to ${report.folder} (${report.pdfs} PDFs, ${report.textPages} as pages).`,
    `Search index ${megabytes(report.indexBytes)}; the whole copy ${megabytes(report.totalBytes)}.`,
    leftOut,
    `Open ${resolve(report.folder, 'index.html')} in any browser.`,
  ].join('\n');
}

function copyLanguage(flags: Flags): CopyLanguage {
  const given = flags['copy-language'];
  if (given === undefined) return DEFAULT_COPY_LANGUAGE;
  if (typeof given !== 'string' || !isCopyLanguage(given))
    throw new UsageError(
      `--copy-language takes one of ${Object.keys(COPY_STRINGS).join(', ')}: the language of the copy's pages.`,
    );
  return given;
}

function madeBy(flags: Flags): string {
  const given =
    typeof flags['made-by'] === 'string' ? flags['made-by'].trim() : userInfo().username;
  if (given === '' || given.length > MAX_NAME)
    throw new UsageError(`--made-by takes a name of 1 to ${MAX_NAME} characters.`);
  return given;
}

export async function exportSiteCommand(args: string[], flags: Flags): Promise<number> {
  const [folder, ...extra] = args;
  if (!folder || extra.length > 0)
    throw new UsageError(
      'portal export-site <folder> [filters | --list NAME] [--replace]: give one folder to write the copy into.',
    );
  const chosen = sourceFlags(flags, false);
  const by = madeBy(flags);
  const language = copyLanguage(flags);
  const portal = await openLibrary(flags);
  try {
    const source = await sourceOf(portal, chosen);
    const made = await portal.exportStaticCopy(
      { source, folder: resolve(folder), madeBy: by, language },
      { replace: flags.replace === true },
    );
    if (!made.ok) throw failureOf(made.error);
    const report = made.value;
    process.stdout.write(
      `${flags.json ? JSON.stringify(report, null, 2) : formatExport(report)}\n`,
    );
    return 0;
  } finally {
    portal.close();
  }
}
