// The one rule for a document's description: a person's edit wins; else the catalog's description;
// else what the file says about itself.
import type { DocumentMetadata, MetadataSource } from '../library/document-record.ts';
import type { StoredDocument } from '../store/library/indexer-records.ts';

/** A description and the fingerprint of the catalog description it was made from. */
export interface Description {
  metadata: DocumentMetadata;
  hash: string;
}

export interface ChosenMetadata extends Description {
  source: MetadataSource;
  uncatalogued: boolean;
}

/** A news or event entry, and a file whose catalog description changed, are always described. */
export type MetadataCandidates = { edit: Description | null } & (
  | { catalog: Description; file?: undefined }
  | { catalog: Description | null; file: DocumentMetadata }
);

/**
 * A person's edit stays as long as the same bytes (or the same news entry) are read again; a
 * changed catalog description replaces it without re-reading (see planRun).
 */
export function standingEdit(reread: StoredDocument | null): StoredDocument | null {
  return reread?.metadata_source === 'user' ? reread : null;
}

export function chooseMetadata(candidates: MetadataCandidates): ChosenMetadata {
  const catalogued = (d: Description): ChosenMetadata => ({
    ...d,
    source: 'catalog',
    uncatalogued: false,
  });
  if (candidates.edit) return { ...candidates.edit, source: 'user', uncatalogued: false };
  if (candidates.file === undefined) return catalogued(candidates.catalog);
  if (candidates.catalog) return catalogued(candidates.catalog);
  return { metadata: candidates.file, hash: '', source: 'file', uncatalogued: true };
}
