// `portal export-site`: a self-contained folder that opens from index.html in any browser over
// file://, with nothing installed and no network. The copy is written into a staging folder
// beside the target and moved into place at the end, so a failed export leaves nothing half made.
import { createHash } from 'node:crypto';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { PortalApi, Taxonomy } from '#shared/api.ts';
import {
  COPY_GLOBALS,
  COPY_PATHS,
  type CopyCatalog,
  type CopyDocument,
  type CopyNames,
} from '#shared/static-copy/copy-format.ts';
import {
  copyDay,
  copyNumber,
  copyStrings,
  type CopyLanguage,
  type CopyStrings,
} from '#shared/static-copy/copy-strings.ts';
import type { LeftOutReason } from '#shared/pack-types.ts';
import type { DocumentFormat, PageText } from '#shared/types.ts';
import { MakingError } from '../api-errors.ts';
import { collectFonts } from './copy-fonts.ts';
import { copyFileName } from './copy-file-names.ts';
import { documentPage, homePage } from './copy-html.ts';
import { markupHtml } from './copy-markup.ts';
import { buildCopyIndex, type IndexInput } from './copy-index.ts';
import {
  selectDocuments,
  type CopySelection,
  type LeftOut,
  type SelectedDocument,
  valueOf,
} from './copy-selection.ts';

export class ExportFolderError extends MakingError {
  override name = 'ExportFolderError';
}

export interface ExportSiteOptions {
  folder: string;
  selection: CopySelection;
  /** Who made the copy, as the home page names them. */
  madeBy: string;
  madeAt: Date;
  /** The built page script and its stylesheet (dist/static-copy). */
  pageAssets: { script: string; style: string };
  /** Replace a static copy already in the folder. */
  replace?: boolean;
  /** The library file of a document id, or null when it has none on disk. */
  documentFile: (id: string) => string | null;
  /** A page image the library stores for a file a browser cannot show (a TIFF frame as PNG). */
  storedPageImage?: (id: string, page: number) => { png: Uint8Array } | null;
  /** False for a document marked "do not share", which the copy leaves out. */
  isShareable: (id: string) => boolean;
  /** The language the copy's pages speak; the taxonomy's names follow it where it has them. */
  language: CopyLanguage;
}

export interface ExportSiteReport {
  folder: string;
  documents: number;
  pdfs: number;
  textPages: number;
  leftOut: LeftOut[];
  indexBytes: number;
  totalBytes: number;
}

function isStaticCopy(folder: string): boolean {
  return existsSync(join(folder, 'index.html')) && existsSync(join(folder, COPY_PATHS.catalog));
}

/** Refuses a folder that is a file, or holds anything but a copy that may be replaced. */
function checkTarget(folder: string, replace: boolean): void {
  if (!existsSync(folder)) return;
  if (!statSync(folder).isDirectory())
    throw new ExportFolderError(
      `${folder} is a file; give a folder for the copy.`,
      'folder-is-file',
    );
  if (readdirSync(folder).length === 0) return;
  if (!replace)
    throw new ExportFolderError(
      `${folder} is not empty. Choose a new or empty folder, or add --replace to replace a copy made before.`,
      'folder-not-empty',
    );
  if (!isStaticCopy(folder))
    throw new ExportFolderError(
      `${folder} is not empty and holds no static copy, so --replace will not delete it. Choose a new or empty folder.`,
      'folder-not-empty',
    );
}

function namesOf(taxonomy: Taxonomy, language: CopyLanguage): CopyNames {
  const named = <T extends { name: string; names: Partial<Record<string, string>> }>(
    items: T[],
    key: (t: T) => string,
  ) => Object.fromEntries(items.map((t) => [key(t), t.names[language] || t.name]));
  return {
    countries: named(taxonomy.countries, (c) => c.code),
    organisations: named(taxonomy.organisations, (o) => o.id),
    themes: named(taxonomy.themes, (t) => t.id),
    types: named(taxonomy.documentTypes, (t) => t.type),
  };
}

function organisationNames(taxonomy: Taxonomy, ids: string[]): string[] {
  return ids.flatMap((id) => {
    const org = taxonomy.organisations.find((o) => o.id === id);
    if (!org) return [id.replaceAll('-', ' ')];
    return [org.name, ...Object.values(org.names).filter((n): n is string => Boolean(n))];
  });
}

function languageNameIn(language: CopyLanguage, code: string): string {
  try {
    return new Intl.DisplayNames(language, { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

function describeSelection(
  selection: CopySelection,
  count: number,
  names: CopyNames,
  language: CopyLanguage,
): { holds: string; list: CopyCatalog['list'] } {
  const words = copyStrings(language);
  const documents = words.documents(count, copyNumber(count, language));
  if ('list' in selection)
    return {
      holds: words.holdsList(selection.list.title, documents),
      list: { title: selection.list.title },
    };
  const f = selection.filters;
  const parts = [
    ...(f.countries ?? []).map((c) => names.countries[c] ?? c),
    ...(f.themes ?? []).map((t) => names.themes[t] ?? t),
    ...(f.organisations ?? []).map((o) => names.organisations[o] ?? o),
    ...(f.types ?? []).map((t) => names.types[t] ?? t),
    ...(f.languages ?? []).map((l) => languageNameIn(language, l)),
    ...(f.years ?? []).map(String),
  ];
  if (selection.query) parts.unshift(`“${selection.query}”`);
  return {
    holds: words.holdsLibrary(documents, parts.length > 0 ? parts.join('; ') : null),
    list: null,
  };
}

// A JSON string handed to JSON.parse loads several times faster than the same object literal.
function dataScript(global: string, value: unknown): string {
  return `var ${global} = JSON.parse(${JSON.stringify(JSON.stringify(value))});\n`;
}

function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

function folderBytes(folder: string): number {
  let total = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += statSync(join(entry.parentPath, entry.name)).size;
  }
  return total;
}

/** The pages recognised from a scan, when the document has any. */
function ocrPagesOf(pages: PageText[]): { ocrPages?: number[] } {
  const recognised = pages.filter((p) => p.ocr).map((p) => p.page);
  return recognised.length > 0 ? { ocrPages: recognised } : {};
}

interface Exported {
  copy: CopyDocument;
  index: IndexInput;
}

/** Writes one document's file into the staging folder, or says why it is left out. */
/** A file that no longer reads as it did (changed, damaged) is shown by its indexed text. */
async function markupOf(format: DocumentFormat, file: string): Promise<string | null> {
  try {
    return await markupHtml(format, file);
  } catch {
    return null;
  }
}

const BROWSER_IMAGES = new Set(['png', 'jpg', 'jpeg']);

/**
 * An image document's pages as pictures beside its page: a PNG or JPEG file as it is, a TIFF's
 * frames as the PNGs the library made of them. A file changed since it was indexed is left out,
 * and its pages show their text only.
 */
function writePageImages(
  staging: string,
  selected: SelectedDocument,
  options: ExportSiteOptions,
): (string | null)[] {
  const { detail } = selected;
  const pages = Array.from({ length: detail.pageCount }, (_, i) => i + 1);
  const stored = pages.map((page) => options.storedPageImage?.(detail.id, page) ?? null);
  if (stored.some((image) => image !== null))
    return stored.map((image, i) => {
      if (!image) return null;
      const name = copyFileName(detail.path, detail.id, `p${i + 1}.png`);
      writeFileSync(join(staging, COPY_PATHS.documents, name), image.png);
      return name;
    });
  const source = options.documentFile(detail.id);
  const extension = (detail.path ?? '').split('.').pop()?.toLowerCase() ?? '';
  if (
    detail.pageCount !== 1 ||
    !BROWSER_IMAGES.has(extension) ||
    source === null ||
    !existsSync(source) ||
    sha256(source) !== detail.id
  )
    return pages.map(() => null);
  const name = copyFileName(detail.path, detail.id, extension);
  copyFileSync(source, join(staging, COPY_PATHS.documents, name));
  return [name];
}

async function exportDocument(
  staging: string,
  selected: SelectedDocument,
  pages: PageText[],
  options: ExportSiteOptions,
  names: CopyNames,
  words: CopyStrings,
): Promise<{ href: string } | { leftOut: string; kind: LeftOutReason }> {
  const { detail } = selected;
  if (detail.format === 'pdf') {
    const source = options.documentFile(detail.id);
    if (source === null || !existsSync(source))
      return { leftOut: 'its PDF file is missing', kind: 'file-missing' };
    if (sha256(source) !== detail.id)
      return {
        leftOut: 'its PDF file changed since it was indexed (index the library again)',
        kind: 'file-changed',
      };
    const name = copyFileName(detail.path, detail.id, 'pdf');
    copyFileSync(source, join(staging, COPY_PATHS.documents, name));
    return { href: `${COPY_PATHS.documents}/${name}` };
  }
  const name = copyFileName(detail.path, detail.id, 'html');
  const details = [
    [names.types[detail.type] ?? detail.type, detail.year ?? ''].filter(String).join(', '),
    detail.countries.map((c) => names.countries[c] ?? c).join(', '),
    detail.organisations.map((o) => names.organisations[o.id] ?? o.name).join(', '),
  ].filter((line) => line !== '');
  const source = options.documentFile(detail.id);
  writeFileSync(
    join(staging, COPY_PATHS.documents, name),
    documentPage({
      title: selected.title,
      language: detail.language,
      copyLanguage: options.language,
      words,
      details,
      summary: detail.summary,
      pages,
      images: detail.format === 'image' ? writePageImages(staging, selected, options) : [],
      html: source !== null && existsSync(source) ? await markupOf(detail.format, source) : null,
    }),
  );
  return { href: `${COPY_PATHS.documents}/${name}` };
}

function writeAssets(staging: string, options: ExportSiteOptions): void {
  const assets = join(staging, dirname(COPY_PATHS.script));
  mkdirSync(join(assets, 'fonts'), { recursive: true });
  copyFileSync(options.pageAssets.script, join(staging, COPY_PATHS.script));
  copyFileSync(options.pageAssets.style, join(staging, COPY_PATHS.style));
  const fonts = collectFonts();
  writeFileSync(join(staging, COPY_PATHS.fonts), fonts.css);
  for (const [name, path] of fonts.files) copyFileSync(path, join(assets, 'fonts', name));
}

export async function exportSite(
  api: PortalApi,
  options: ExportSiteOptions,
): Promise<ExportSiteReport> {
  const folder = resolve(options.folder);
  checkTarget(folder, options.replace === true);
  for (const [what, path] of Object.entries(options.pageAssets))
    if (!existsSync(path))
      throw new ExportFolderError(
        `The copy's page ${what} ${path} is missing: run npm run build.`,
        'page-script-missing',
      );
  const taxonomy = valueOf(await api.taxonomy());
  const { language } = options;
  const words = copyStrings(language);
  const names = namesOf(taxonomy, language);
  const selected = await selectDocuments(api, options.selection, options.isShareable);
  const leftOut = [...selected.leftOut];

  mkdirSync(dirname(folder), { recursive: true });
  const staging = mkdtempSync(join(dirname(folder), `.${basename(folder)}-`));
  try {
    // A staging folder is private to its maker; the copy is for others to open.
    chmodSync(staging, 0o755);
    mkdirSync(join(staging, COPY_PATHS.documents), { recursive: true });
    mkdirSync(join(staging, dirname(COPY_PATHS.pages(0))), { recursive: true });
    const exported: Exported[] = [];
    for (const doc of selected.documents) {
      const pages = valueOf(await api.getPages(doc.detail.id));
      const written = await exportDocument(staging, doc, pages, options, names, words);
      if ('leftOut' in written) {
        leftOut.push({
          id: doc.detail.id,
          title: doc.title,
          reason: written.leftOut,
          kind: written.kind,
        });
        continue;
      }
      const { detail } = doc;
      exported.push({
        copy: {
          id: detail.id,
          title: doc.title,
          type: detail.type,
          format: detail.format,
          language: detail.language,
          year: detail.year,
          summary: detail.summary,
          countries: detail.countries,
          organisations: detail.organisations.map((o) => o.id),
          themes: detail.themes,
          pageCount: detail.pageCount,
          href: written.href,
          ...(doc.note ? { note: doc.note } : {}),
          ...ocrPagesOf(pages),
        },
        index: {
          title: doc.title === detail.title ? doc.title : `${doc.title}\n${detail.title}`,
          summary: detail.summary,
          keywords: detail.keywords,
          organisationNames: organisationNames(
            taxonomy,
            detail.organisations.map((o) => o.id),
          ),
          pages,
        },
      });
    }
    const { index, pageTokens } = buildCopyIndex(exported.map((e) => e.index));
    pageTokens.forEach((pages, ref) =>
      writeFileSync(
        join(staging, COPY_PATHS.pages(ref)),
        `${COPY_GLOBALS.pages}(${ref}, ${JSON.stringify(pages)});\n`,
      ),
    );
    const described = describeSelection(options.selection, exported.length, names, language);
    const catalog: CopyCatalog = {
      ...described,
      language,
      madeBy: options.madeBy,
      madeAt: options.madeAt.toISOString(),
      documents: exported.map((e) => e.copy),
      names,
    };
    writeFileSync(join(staging, COPY_PATHS.catalog), dataScript(COPY_GLOBALS.catalog, catalog));
    writeFileSync(join(staging, COPY_PATHS.index), dataScript(COPY_GLOBALS.index, index));
    writeAssets(staging, options);
    writeFileSync(
      join(staging, 'index.html'),
      homePage({
        language,
        words,
        title: described.list?.title ?? words.title,
        holds: described.holds,
        ...('list' in options.selection && options.selection.list.note
          ? { listNote: options.selection.list.note }
          : {}),
        madeBy: options.madeBy,
        madeOn: copyDay(options.madeAt.toISOString().slice(0, 10), language),
      }),
    );
    const report: ExportSiteReport = {
      folder,
      documents: exported.length,
      pdfs: exported.filter((e) => e.copy.format === 'pdf').length,
      textPages: exported.filter((e) => e.copy.format !== 'pdf').length,
      leftOut,
      indexBytes: statSync(join(staging, COPY_PATHS.index)).size,
      totalBytes: folderBytes(staging),
    };
    if (existsSync(folder)) rmSync(folder, { recursive: true });
    renameSync(staging, folder);
    return report;
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
}
