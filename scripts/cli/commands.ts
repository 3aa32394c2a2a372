// The CLI's commands. Each validates its own arguments and prints either readable text or JSON.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { SORT_ORDERS, DOCUMENT_TYPES, UNDATED } from '#shared/types.ts';
import type { IngestProgress, SearchFilters } from '#shared/types.ts';
import type { Portal } from '#core/portal.ts';
import { openPortal } from '#core/portal.ts';
import {
  libraryLocation,
  markLibraryIndexed,
  prepareLibrary,
} from '#core/library/library-location.ts';
import { COPY_PAGE_ASSETS, dataFolder, SAMPLE_LIBRARY, userDbFor } from './default-paths.ts';
import { ADJUSTABLE_LIMITS } from '#core/ingest/read-limits.ts';
import type { AdjustableLimits } from '#core/ingest/read-limits.ts';
import { formatReport } from './format-report.ts';
import { formatSearch, runsToText } from './format-search.ts';

export class UsageError extends Error {
  override name = 'UsageError';
}

export type Flags = Record<string, string | boolean | string[] | undefined>;

const out = (s: string) => process.stdout.write(`${s}\n`);
const err = (s: string) => process.stderr.write(`${s}\n`);

export function progressPrinter(): { onProgress: (p: IngestProgress) => void; finish: () => void } {
  const tty = process.stderr.isTTY;
  let lastShown = 0;
  const started = Date.now();
  return {
    onProgress(p) {
      const now = Date.now();
      if (now - started < 1000 || (now - lastShown < (tty ? 200 : 5000) && p.done !== p.total))
        return;
      lastShown = now;
      const line = `[${p.done}/${p.total}] ${p.current}`.slice(0, 100);
      if (tty) process.stderr.write(`\r\u001b[2K${line}`);
      else err(line);
    },
    finish() {
      if (tty && lastShown) process.stderr.write('\r\u001b[2K');
    },
  };
}

async function indexWithProgress(
  portal: Portal,
  folder: string,
  workers?: number,
  limits?: AdjustableLimits,
) {
  const progress = progressPrinter();
  try {
    return await portal.index(folder, { onProgress: progress.onProgress, workers, limits });
  } finally {
    progress.finish();
  }
}

/** The library database named by --db, or the one in the user data folder. */
function libraryDbPath(flags: Flags): string {
  return typeof flags.db === 'string'
    ? resolve(flags.db)
    : libraryLocation(dataFolder()).libraryDbPath;
}

/**
 * Opens the library named by --db, whose folder is the one it was last indexed from, or the
 * user's own, made from the sample library on first use.
 */
export async function openLibrary(flags: Flags): Promise<Portal> {
  if (typeof flags.db === 'string') {
    const path = libraryDbPath(flags);
    if (!existsSync(path))
      throw new UsageError(
        `No library database at ${path}. Create one with: portal index <folder> --db ${flags.db}`,
      );
    return openPortal({
      libraryDbPath: path,
      userDbPath: userDbFor(path),
      copyPageAssets: COPY_PAGE_ASSETS,
      dataFolder: dataFolder(),
    });
  }
  const location = libraryLocation(dataFolder());
  const plan = await prepareLibrary(SAMPLE_LIBRARY, location);
  const portal = openPortal({
    ...location,
    copyPageAssets: COPY_PAGE_ASSETS,
    dataFolder: dataFolder(),
  });
  if (plan.indexLibrary) {
    err(`First use: building the library at ${location.libraryDbPath} from the sample library...`);
    const report = await indexWithProgress(portal, location.libraryFolder);
    await markLibraryIndexed(location, new Date());
    err(formatReport(report));
  }
  return portal;
}

const positiveInt = (name: string, max: number) =>
  z.coerce
    .number({ error: `--${name} must be a number` })
    .int(`--${name} must be a whole number`)
    .min(1, `--${name} must be at least 1`)
    .max(max, `--${name} must be at most ${max}`);

export function parse<T>(schema: z.ZodType<T>, value: unknown): T {
  const r = schema.safeParse(value);
  if (!r.success) throw new UsageError(r.error.issues[0]?.message ?? 'invalid argument');
  return r.data;
}

function list(value: Flags[string]): string[] | undefined {
  if (value === undefined || typeof value === 'boolean') return undefined;
  return (Array.isArray(value) ? value : [value])
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
}

/** --max-pages-per-file and --max-seconds-per-file, for a known long document. */
function readLimitFlags(flags: Flags): AdjustableLimits {
  const limits: AdjustableLimits = {};
  for (const key of Object.keys(ADJUSTABLE_LIMITS) as (keyof typeof ADJUSTABLE_LIMITS)[]) {
    const { flag, max } = ADJUSTABLE_LIMITS[key];
    if (flags[flag] !== undefined) limits[key] = parse(positiveInt(flag, max), flags[flag]);
  }
  return limits;
}

export async function indexCommand(args: string[], flags: Flags): Promise<number> {
  const folder = args[0];
  if (!folder)
    throw new UsageError(
      'portal index <folder> [--db FILE]: give the folder that holds the documents.',
    );
  const absolute = resolve(folder);
  const dbPath = libraryDbPath(flags);
  const workers =
    flags.workers === undefined ? undefined : parse(positiveInt('workers', 16), flags.workers);
  const limits = readLimitFlags(flags);
  const { checkOcrFlags, describeOcrReport, runOcrFromCli } = await import('./ocr-run-command.ts');
  checkOcrFlags(flags);
  const portal = openPortal({ libraryDbPath: dbPath, userDbPath: userDbFor(dbPath) });
  try {
    const previous = portal.libraryFolder;
    if (previous && previous !== absolute && !flags.replace) {
      throw new UsageError(
        `${dbPath} was built from ${previous}. Indexing ${absolute} into it would remove those documents.\n` +
          'Use --db FILE for a separate library, or --replace to make this folder the library.',
      );
    }
    const report = await indexWithProgress(portal, absolute, workers, limits);
    // OCR is opt-in here: a script that indexes expects it to end in the time reading takes, and
    // OCR takes seconds a page. The desktop app reads scanned pages in the background by default.
    const ocr =
      flags.ocr === true && !report.cancelled
        ? await runOcrFromCli(dbPath, absolute, flags)
        : undefined;
    if (flags.json) out(JSON.stringify(ocr ? { ...report, ocr } : report, null, 2));
    else
      out(`${formatReport(report)}${ocr ? `\n${describeOcrReport(ocr)}` : ''}\nLibrary: ${dbPath}`);
    return 0;
  } finally {
    portal.close();
  }
}

function resolveNames(
  portal: Portal,
  table: 'organisations' | 'themes',
  values: string[] | undefined,
): string[] | undefined {
  if (!values) return undefined;
  const rows = portal.names(table);
  return values.map((v) => {
    const lower = v.toLowerCase();
    const found =
      rows.find((r) => r.id === lower || r.name.toLowerCase() === lower) ??
      rows.find((r) => r.name.toLowerCase().includes(lower));
    if (!found) {
      const hint =
        table === 'organisations'
          ? 'portal stats lists how many there are; see taxonomy.yaml for ids'
          : 'use a theme id or name';
      throw new UsageError(
        `No ${table === 'organisations' ? 'organisation' : 'theme'} matches "${v}" (${hint}).`,
      );
    }
    return found.id;
  });
}

/** The search filters of --country, --org, --theme, --type, --lang and --year, checked. */
export interface FilterFlags {
  countries?: string[];
  organisations?: string[];
  themes?: string[];
  types?: SearchFilters['types'];
  languages?: string[];
  years?: SearchFilters['years'];
}

export function parseFilterFlags(flags: Flags): FilterFlags {
  const types = list(flags.type);
  for (const t of types ?? []) {
    if (!(DOCUMENT_TYPES as readonly string[]).includes(t))
      throw new UsageError(`--type must be one of ${DOCUMENT_TYPES.join(', ')}`);
  }
  const countries = list(flags.country)?.map((c) => c.toUpperCase());
  for (const c of countries ?? [])
    if (!/^[A-Z]{2}$/.test(c))
      throw new UsageError(`--country takes two-letter codes such as VN or LA, not "${c}"`);
  // `--year undated` chooses the documents without a year.
  const years = list(flags.year)?.map((y) =>
    y === UNDATED
      ? UNDATED
      : parse(
          z.coerce
            .number({ error: '--year must be a year' })
            .int('--year must be a year')
            .min(1900, '--year must be a year')
            .max(2100, '--year must be a year'),
          y,
        ),
  );
  return {
    countries,
    organisations: list(flags.org),
    themes: list(flags.theme),
    types: types as SearchFilters['types'],
    languages: list(flags.lang)?.map((l) => l.toLowerCase()),
    years,
  };
}

/** The filters with organisation and theme names resolved to the library's ids. */
export function resolveFilters(portal: Portal, filters: FilterFlags): SearchFilters {
  return {
    ...filters,
    organisations: resolveNames(portal, 'organisations', filters.organisations),
    themes: resolveNames(portal, 'themes', filters.themes),
  };
}

export async function searchCommand(args: string[], flags: Flags): Promise<number> {
  const query = args.join(' ');
  const limit = flags.limit === undefined ? 10 : parse(positiveInt('limit', 100), flags.limit);
  const offset =
    flags.offset === undefined
      ? 0
      : parse(z.coerce.number().int().min(0, '--offset must be 0 or more'), flags.offset);
  const sort =
    flags.sort === undefined
      ? 'relevance'
      : parse(
          z.enum(SORT_ORDERS, { error: `--sort must be one of ${SORT_ORDERS.join(', ')}` }),
          flags.sort,
        );
  const filterFlags = parseFilterFlags(flags);
  const portal = await openLibrary(flags);
  try {
    const filters = resolveFilters(portal, filterFlags);
    const result = await portal.api.search({ query, filters, sort, limit, offset });
    if (!result.ok) throw new Error(result.error.message);
    if (flags.json) out(JSON.stringify(toJson(result.value), null, 2));
    else out(formatSearch(result.value, process.stdout.isTTY === true, offset));
    return 0;
  } finally {
    portal.close();
  }
}

function toJson(response: import('#shared/types.ts').SearchResponse) {
  return {
    total: response.total,
    tookMs: response.tookMs,
    hits: response.hits.map((h) => ({
      id: h.document.id,
      title: h.document.title,
      type: h.document.type,
      year: h.document.year,
      language: h.document.language,
      countries: h.document.countries,
      score: h.score,
      pages: h.pages.map((p) => ({
        page: p.page,
        snippet: runsToText(p.snippet, false),
        runs: p.snippet,
      })),
    })),
    facets: response.facets,
  };
}

export async function statsCommand(_args: string[], flags: Flags): Promise<number> {
  const portal = await openLibrary(flags);
  try {
    const result = await portal.api.stats();
    if (!result.ok) throw new Error(result.error.message);
    const s = result.value;
    if (flags.json) {
      out(JSON.stringify(s, null, 2));
      return 0;
    }
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    out(
      [
        `Library:       ${libraryDbPath(flags)}`,
        `Documents:     ${s.documents} (${s.pages} pages)`,
        `Countries:     ${s.countries}   Organisations: ${s.organisations}   Themes: ${s.themes}`,
        `By type:       ${Object.entries(s.byType)
          .map(([k, n]) => `${k} ${n}`)
          .join(', ')}`,
        `By language:   ${Object.entries(s.byLanguage)
          .map(([k, n]) => `${k} ${n}`)
          .join(', ')}`,
        `Size:          database ${mb(s.databaseBytes)}, page text ${mb(s.textBytes)}`,
      ].join('\n'),
    );
    return 0;
  } finally {
    portal.close();
  }
}

export async function showCommand(args: string[], flags: Flags): Promise<number> {
  const id = args[0];
  if (!id)
    throw new UsageError(
      'portal show <document-id>: give a document id (the first 12 characters are enough).',
    );
  const portal = await openLibrary(flags);
  try {
    const result = await portal.api.getDocument(id.toLowerCase());
    if (!result.ok) throw new UsageError(result.error.message);
    const d = result.value;
    if (flags.json) {
      out(JSON.stringify(d, null, 2));
      return 0;
    }
    const orgs = d.organisations.map((o) => `${o.name} (${o.role})`).join('; ');
    out(
      [
        d.title,
        `  id:            ${d.id}`,
        `  type:          ${d.type}   format: ${d.format}   language: ${d.language}   year: ${d.year ?? '—'}${d.date ? `   date: ${d.date}` : ''}`,
        `  pages:         ${d.pageCount}${d.path ? `   file: ${d.path}` : ''}`,
        `  countries:     ${d.countries.join(', ') || '—'}`,
        `  organisations: ${orgs || '—'}`,
        `  themes:        ${d.themes.join(', ') || '—'}`,
        `  keywords:      ${d.keywords.join(', ') || '—'}`,
        d.uncatalogued ? '  (not described in the catalog: metadata comes from the file)' : '',
        '',
        d.summary,
        d.outline.length
          ? `\nContents:\n${d.outline.map((o) => `  ${o.title}${o.page ? ` … p. ${o.page}` : ''}`).join('\n')}`
          : '',
      ]
        .filter((l) => l !== '')
        .join('\n'),
    );
    return 0;
  } finally {
    portal.close();
  }
}
