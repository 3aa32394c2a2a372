// Reads a library folder's catalog.yaml and taxonomy.yaml, and those of the packs imported into
// its imported/ folder. A broken entry is reported and left out on its own; a file that cannot be
// parsed at all is reported and ignored as a whole, so that nothing already indexed is overwritten
// with less information.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import type { CatalogDocument, CatalogEntry, Taxonomy } from './catalog-schema.ts';
import { catalogDocumentSchema, catalogEntrySchema, taxonomySchema } from './catalog-schema.ts';

export const CATALOG_FILE = 'catalog.yaml';
export const TAXONOMY_FILE = 'taxonomy.yaml';
/** Imported packs, one folder each, with their own catalog.yaml and taxonomy.yaml. */
export const IMPORTED_FOLDER = 'imported';

/** The library's own catalog files and those of its imported packs, which are not documents. */
export function isCatalogFile(path: string): boolean {
  const parts = path.split('/');
  const name = parts.at(-1);
  if (name !== CATALOG_FILE && name !== TAXONOMY_FILE) return false;
  return parts.length === 1 || (parts.length === 3 && parts[0] === IMPORTED_FOLDER);
}

export interface CatalogProblem {
  file: string;
  message: string;
}

export interface LoadedCatalog {
  /** Null when the folder has no catalog or it could not be read at all. */
  documents: Map<string, CatalogDocument> | null;
  entries: CatalogEntry[] | null;
  taxonomy: Taxonomy | null;
  problems: CatalogProblem[];
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((i) => `${i.path.join('.') || '(top level)'}: ${i.message}`)
    .join('; ');
}

function readYaml(folder: string, name: string, problems: CatalogProblem[]): unknown {
  const path = join(folder, name);
  if (!existsSync(path)) return undefined;
  try {
    // Warnings (an unknown tag, say) are the catalog's problems to list, not lines on stderr.
    const document = parseDocument(readFileSync(path, 'utf8'));
    if (document.errors.length > 0) throw document.errors[0];
    for (const warning of document.warnings)
      problems.push({ file: name, message: `${name}: ${warning.message.split('\n')[0]}` });
    return document.toJS();
  } catch (error) {
    problems.push({
      file: name,
      message: `${name} could not be read as YAML: ${(error as Error).message.split('\n')[0]}`,
    });
    return undefined;
  }
}

function asRecord(value: unknown): Record<string, unknown> | null {
  return value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

function validateList<T>(
  file: string,
  key: string,
  raw: unknown,
  schema: z.ZodType<T>,
  label: (item: unknown, index: number) => string,
  problems: CatalogProblem[],
): T[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    problems.push({ file, message: `${file}: "${key}" must be a list.` });
    return [];
  }
  return raw.flatMap((item, index) => {
    const parsed = schema.safeParse(item);
    if (parsed.success) return [parsed.data];
    problems.push({
      file,
      message: `${file}: ${label(item, index)} was left out: ${describeIssues(parsed.error)}`,
    });
    return [];
  });
}

function loadCatalogFile(folder: string, problems: CatalogProblem[], file = CATALOG_FILE) {
  const raw = readYaml(folder, file, problems);
  if (raw === undefined) return { documents: null, entries: null };
  const top = asRecord(raw);
  if (!top || top.version !== 1) {
    problems.push({
      file,
      message: `${file} must be a mapping with "version: 1"; it was ignored.`,
    });
    return { documents: null, entries: null };
  }
  const documents = validateList(
    file,
    'documents',
    top.documents,
    catalogDocumentSchema,
    (item, i) => `document #${i + 1} (${String(asRecord(item)?.file ?? 'no file')})`,
    problems,
  );
  const entries = validateList(
    file,
    'entries',
    top.entries,
    catalogEntrySchema,
    (item, i) => `entry #${i + 1} (${String(asRecord(item)?.id ?? 'no id')})`,
    problems,
  );
  const byFile = new Map<string, CatalogDocument>();
  for (const d of documents) {
    const key = d.file.replaceAll('\\', '/').replace(/^\.\//, '');
    if (byFile.has(key))
      problems.push({
        file,
        message: `${file}: ${key} is described twice; the first description is used.`,
      });
    else byFile.set(key, { ...d, file: key });
  }
  return { documents: byFile, entries };
}

function loadTaxonomyFile(
  folder: string,
  problems: CatalogProblem[],
  file = TAXONOMY_FILE,
): Taxonomy | null {
  const raw = readYaml(folder, file, problems);
  if (raw === undefined) return null;
  const parsed = taxonomySchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  problems.push({ file, message: `${file} was ignored: ${describeIssues(parsed.error)}` });
  return null;
}

function importedPackFolders(folder: string): string[] {
  const imported = join(folder, IMPORTED_FOLDER);
  if (!existsSync(imported)) return [];
  return readdirSync(imported, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => `${IMPORTED_FOLDER}/${entry.name}`)
    .sort();
}

/**
 * An imported pack's descriptions, with paths relative to the library folder. A pack describes
 * only the files of its own folder, and never what the library's own catalog describes.
 */
function loadImportedCatalog(
  folder: string,
  pack: string,
  documents: Map<string, CatalogDocument>,
  problems: CatalogProblem[],
): void {
  const file = `${pack}/${CATALOG_FILE}`;
  for (const [path, document] of loadCatalogFile(folder, problems, file).documents ?? []) {
    if (!path.startsWith(`${pack}/`))
      problems.push({ file, message: `${file}: ${path} is outside the pack's folder; left out.` });
    else if (!documents.has(path)) documents.set(path, document);
  }
}

/** The library's taxonomy with what imported packs define and it does not. */
function mergeTaxonomy(own: Taxonomy | null, imported: Taxonomy[]): Taxonomy | null {
  if (imported.length === 0) return own;
  const merged: Taxonomy = own
    ? structuredClone(own)
    : { version: 1, countries: [], organisations: [], themes: [], documentTypes: [] };
  const addNew = <T>(list: T[], more: T[], key: (item: T) => string) => {
    const known = new Set(list.map(key));
    for (const item of more) {
      if (known.has(key(item))) continue;
      known.add(key(item));
      list.push(item);
    }
  };
  for (const taxonomy of imported) {
    addNew(merged.countries, taxonomy.countries, (c) => c.code);
    addNew(merged.organisations, taxonomy.organisations, (o) => o.id);
    addNew(merged.themes, taxonomy.themes, (t) => t.id);
    addNew(merged.documentTypes, taxonomy.documentTypes, (t) => t.type);
  }
  return merged;
}

export function loadCatalog(folder: string): LoadedCatalog {
  const problems: CatalogProblem[] = [];
  const ownTaxonomy = loadTaxonomyFile(folder, problems);
  const ownTaxonomyFailed = ownTaxonomy === null && existsSync(join(folder, TAXONOMY_FILE));
  const own = loadCatalogFile(folder, problems);
  const packs = importedPackFolders(folder);
  if (packs.length === 0) return { ...own, taxonomy: ownTaxonomy, problems };

  const documents = new Map(own.documents ?? []);
  for (const pack of packs) loadImportedCatalog(folder, pack, documents, problems);
  const importedTaxonomies = packs.flatMap(
    (pack) => loadTaxonomyFile(folder, problems, `${pack}/${TAXONOMY_FILE}`) ?? [],
  );
  // A library taxonomy that could not be read keeps the stored one, rather than only the packs'.
  const taxonomy = ownTaxonomyFailed ? null : mergeTaxonomy(ownTaxonomy, importedTaxonomies);
  return { documents, entries: own.entries, taxonomy, problems };
}
