// The packs imported into a library folder: each in imported/<pack id>/ with its documents (at
// their keys), a catalog.yaml and taxonomy.yaml that the indexer reads, and a hidden record of the
// pack (publisher, signer, date, documents) that later imports compare against.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { z } from 'zod';
import { CATALOG_FILE, IMPORTED_FOLDER, TAXONOMY_FILE } from '../ingest/load-catalog.ts';
import type { PackManifest } from './pack-manifest.ts';
import { packIdSchema } from './pack-manifest.ts';

const PACK_RECORD_FILE = '.pack.json';

const packRecordSchema = z.strictObject({
  packId: packIdSchema,
  publisher: z.string(),
  createdAt: z.string(),
  /** The signing key's fingerprint, or null for an unsigned pack. */
  signer: z.string().nullable(),
  manifestSha256: z.string(),
  documents: z.array(z.strictObject({ key: z.string(), sha256: z.string() })),
});

export type PackRecord = z.infer<typeof packRecordSchema>;

/** The folder of an imported pack, relative to the library folder. */
export const packFolder = (packId: string) => `${IMPORTED_FOLDER}/${packId}`;

/** A document's path in the library, relative to the library folder. */
export const importedPath = (packId: string, key: string) => `${packFolder(packId)}/${key}`;

/** The records of the packs imported so far; a folder without a readable record is not one. */
export function readImportedPacks(libraryFolder: string): PackRecord[] {
  const imported = join(libraryFolder, IMPORTED_FOLDER);
  if (!existsSync(imported)) return [];
  return readdirSync(imported, { withFileTypes: true }).flatMap((entry) => {
    const file = join(imported, entry.name, PACK_RECORD_FILE);
    if (!entry.isDirectory() || !existsSync(file)) return [];
    try {
      const record = packRecordSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
      return record.packId === entry.name ? [record] : [];
    } catch {
      return [];
    }
  });
}

/** Writes a pack folder's catalog, taxonomy and record, for the documents it keeps. */
export function writePackFiles(folder: string, manifest: PackManifest, record: PackRecord): void {
  const kept = new Set(record.documents.map((d) => d.key));
  const documents = manifest.documents
    .filter((d) => kept.has(d.key))
    .map((d) => ({ file: importedPath(manifest.packId, d.key), ...d.metadata }));
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, CATALOG_FILE), stringify({ version: 1, documents }));
  writeFileSync(join(folder, TAXONOMY_FILE), stringify(manifest.taxonomy));
  writeFileSync(join(folder, PACK_RECORD_FILE), `${JSON.stringify(record, null, 2)}\n`);
}

/** Takes documents out of an imported pack (a newer pack replaces them); an empty pack goes. */
export function removeImportedDocuments(
  libraryFolder: string,
  record: PackRecord,
  keys: ReadonlySet<string>,
): void {
  const folder = join(libraryFolder, packFolder(record.packId));
  const remaining = record.documents.filter((d) => !keys.has(d.key));
  if (remaining.length === 0) {
    rmSync(folder, { recursive: true, force: true });
    return;
  }
  for (const key of keys) rmSync(join(folder, ...key.split('/')), { force: true });
  const removedPaths = new Set([...keys].map((key) => importedPath(record.packId, key)));
  const catalogFile = join(folder, CATALOG_FILE);
  const catalog = parse(readFileSync(catalogFile, 'utf8')) as { documents: { file: string }[] };
  catalog.documents = catalog.documents.filter((d) => !removedPaths.has(d.file));
  writeFileSync(catalogFile, stringify(catalog));
  writeFileSync(
    join(folder, PACK_RECORD_FILE),
    `${JSON.stringify({ ...record, documents: remaining }, null, 2)}\n`,
  );
}
