// `portal export-site <folder>`: the library, the part of it the search filters choose, or a
// reading list, as a static copy that opens in any browser. The page script comes from `npm run build`.
import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import {
  exportSite,
  ExportFolderError,
  type ExportSiteReport,
} from '#core/static-copy/export-site.ts';
import {
  openLibrary,
  parseFilterFlags,
  resolveFilters,
  UsageError,
  type Flags,
} from './commands.ts';
import { copyListOf, listFlag, readingListNamed } from './reading-list-flag.ts';

const BUILT = resolve(import.meta.dirname, '..', '..', 'dist', 'static-copy');
const PAGE_ASSETS = {
  script: resolve(BUILT, 'static-copy.js'),
  style: resolve(BUILT, 'static-copy.css'),
};
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
  const listName = listFlag(flags);
  const filterFlags = parseFilterFlags(flags);
  const by = madeBy(flags);
  const portal = await openLibrary(flags);
  try {
    const selection =
      listName === null
        ? { filters: resolveFilters(portal, filterFlags) }
        : { list: copyListOf(await readingListNamed(portal, listName)) };
    const report = await exportSite(portal.api, {
      folder,
      selection,
      madeBy: by,
      madeAt: new Date(),
      pageAssets: PAGE_ASSETS,
      replace: flags.replace === true,
      documentFile: (id) => portal.resolveDocumentFile(id),
      isShareable: (id) => portal.isShareable(id),
    });
    process.stdout.write(
      `${flags.json ? JSON.stringify(report, null, 2) : formatExport(report)}\n`,
    );
    return 0;
  } catch (error) {
    if (error instanceof ExportFolderError) throw new UsageError(error.message);
    throw error;
  } finally {
    portal.close();
  }
}
