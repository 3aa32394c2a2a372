// Reads a library folder's catalog.yaml and taxonomy.yaml. A broken entry is reported and left
// out on its own; a file that cannot be parsed at all is reported and ignored as a whole, so that
// nothing already indexed is overwritten with less information.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'zod';
import type { CatalogDocument, CatalogEntry, Taxonomy } from './catalog-schema.ts';
import { catalogDocumentSchema, catalogEntrySchema, taxonomySchema } from './catalog-schema.ts';

export const CATALOG_FILE = 'catalog.yaml';
export const TAXONOMY_FILE = 'taxonomy.yaml';

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
    return parse(readFileSync(path, 'utf8'));
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

function loadCatalogFile(folder: string, problems: CatalogProblem[]) {
  const raw = readYaml(folder, CATALOG_FILE, problems);
  if (raw === undefined) return { documents: null, entries: null };
  const top = asRecord(raw);
  if (!top || top.version !== 1) {
    problems.push({
      file: CATALOG_FILE,
      message: `${CATALOG_FILE} must be a mapping with "version: 1"; it was ignored.`,
    });
    return { documents: null, entries: null };
  }
  const documents = validateList(
    CATALOG_FILE,
    'documents',
    top.documents,
    catalogDocumentSchema,
    (item, i) => `document #${i + 1} (${String(asRecord(item)?.file ?? 'no file')})`,
    problems,
  );
  const entries = validateList(
    CATALOG_FILE,
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
        file: CATALOG_FILE,
        message: `${CATALOG_FILE}: ${key} is described twice; the first description is used.`,
      });
    else byFile.set(key, { ...d, file: key });
  }
  return { documents: byFile, entries };
}

function loadTaxonomyFile(folder: string, problems: CatalogProblem[]): Taxonomy | null {
  const raw = readYaml(folder, TAXONOMY_FILE, problems);
  if (raw === undefined) return null;
  const parsed = taxonomySchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  problems.push({
    file: TAXONOMY_FILE,
    message: `${TAXONOMY_FILE} was ignored: ${describeIssues(parsed.error)}`,
  });
  return null;
}

export function loadCatalog(folder: string): LoadedCatalog {
  const problems: CatalogProblem[] = [];
  const taxonomy = loadTaxonomyFile(folder, problems);
  const { documents, entries } = loadCatalogFile(folder, problems);
  return { documents, entries, taxonomy, problems };
}
