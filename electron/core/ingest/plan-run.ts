// Decides what an indexing run does with each file, from the folder's files and their content
// hashes, the catalog and the documents already stored: no reading, no writing, so every rule
// about unchanged, changed, moved, duplicated and removed files is in one place.
import type { IngestReportEntry } from '#shared/types.ts';
import type { StoredDocument } from '../store/library/indexer-records.ts';
import type { ReadWithin } from '../store/library/read-in-part.ts';
import { TEXT_VERSION } from '../text/text-version.ts';
import type { CatalogDocument } from './catalog-schema.ts';
import { standingEdit } from './choose-metadata.ts';
import { isSupportedFile } from './file-format.ts';
import type { FileContent } from './hash-files.ts';
import type { CatalogProblem } from './load-catalog.ts';
import type { ScannedFile } from './scan-folder.ts';

/** A catalog description of a file, with the fingerprint stored alongside what it wrote. */
export interface CatalogDescription {
  entry: CatalogDocument;
  hash: string;
}

export interface RunInputs {
  /** Every file in the library folder, sorted by path. */
  files: readonly ScannedFile[];
  /** What reading each supported file gave (see hashFiles). */
  contents: ReadonlyMap<string, FileContent>;
  /** The catalog's descriptions by path; null when the folder has no readable catalog. */
  catalog: ReadonlyMap<string, CatalogDescription> | null;
  catalogProblems: readonly CatalogProblem[];
  stored: readonly StoredDocument[];
  /** Documents read only in part, with the limits that stopped them (read-in-part.ts). */
  readInPart: ReadonlyMap<string, ReadWithin>;
  /** The page and time limits of this run. */
  limits: ReadWithin;
}

/** A file to read and store, in place of `previous`, the document stored at its path. */
export interface Extraction {
  file: ScannedFile;
  id: string;
  previous: StoredDocument | null;
  /** The same bytes read again by a newer engine: their stored document, whose added date stays. */
  reread: StoredDocument | null;
  /** The stored document whose description a person wrote and which stays, or null. */
  edit: StoredDocument | null;
  catalog: CatalogDescription | null;
}

/** The bytes are the same but the catalog's description changed: it replaces the stored one. */
export interface Refresh {
  kind: 'refresh';
  file: ScannedFile;
  stored: StoredDocument;
  catalog: CatalogDescription;
}

export type FileStep =
  | { kind: 'unchanged'; file: ScannedFile; id: string }
  | Refresh
  | ({ kind: 'extract' } & Extraction)
  /** Bytes stored under a path that is gone: indexed afresh under the new path. */
  | ({ kind: 'moved'; from: StoredDocument } & Extraction)
  /** Bytes another file has too: indexed once, under `of` (null when that file is new too). */
  | { kind: 'duplicate'; file: ScannedFile; id: string; of: string | null }
  | { kind: 'unreadable'; file: ScannedFile; message: string };

export interface RunPlan {
  /** Catalog problems, catalog descriptions without a file and unsupported files. */
  skipped: IngestReportEntry[];
  /** One step per supported file hashed (all of them unless the run was cancelled), in path order. */
  files: FileStep[];
  /** Stored documents whose file is gone (a moved file's old path among them). */
  removed: StoredDocument[];
}

const UNSUPPORTED =
  'This kind of file is not supported (PDF, Word .docx, Markdown, HTML and plain text are).';
const NOT_IN_FOLDER = 'The catalog describes this file, but it is not in the library folder.';

export function planRun(inputs: RunInputs): RunPlan {
  const present = new Set(inputs.files.map((f) => f.path));
  const storedFiles = inputs.stored.filter((d) => d.path !== null);
  const byPath = new Map(storedFiles.map((d) => [d.path!, d]));
  const byId = new Map(storedFiles.map((d) => [d.id, d]));
  const claimed = new Set<string>();

  // A document the limits stopped is read again when this run allows it more pages or time.
  const allowedMore = (id: string): boolean => {
    const within = inputs.readInPart.get(id);
    return (
      within !== undefined &&
      (inputs.limits.pagesPerFile > within.pagesPerFile ||
        inputs.limits.secondsPerFile > within.secondsPerFile)
    );
  };

  const planFile = (file: ScannedFile, content: FileContent): FileStep => {
    if ('unreadable' in content) return { kind: 'unreadable', file, message: content.unreadable };
    const { id } = content;
    const existing = byPath.get(file.path) ?? null;
    const catalog = inputs.catalog?.get(file.path) ?? null;
    if (existing?.id === id && existing.text_version >= TEXT_VERSION && !allowedMore(existing.id)) {
      claimed.add(id);
      // A changed catalog description wins over the stored one, even over a person's edit of it.
      return catalog && catalog.hash !== existing.metadata_hash
        ? { kind: 'refresh', file, stored: existing, catalog }
        : { kind: 'unchanged', file, id };
    }
    const twin = byId.get(id);
    const twinPresent = twin?.path != null && twin.path !== file.path && present.has(twin.path);
    if (claimed.has(id) || twinPresent)
      return { kind: 'duplicate', file, id, of: twin?.path ?? null };
    claimed.add(id);
    const reread = existing?.id === id ? existing : null;
    const extraction = {
      file,
      id,
      previous: existing,
      reread,
      edit: standingEdit(reread),
      catalog,
    };
    if (!twin || twin.path === file.path) return { kind: 'extract', ...extraction };
    byId.delete(id);
    return { kind: 'moved', from: twin, ...extraction };
  };

  const files: FileStep[] = [];
  for (const file of inputs.files) {
    const content = inputs.contents.get(file.path);
    if (content) files.push(planFile(file, content));
  }
  return {
    skipped: skippedBeforeRun(inputs, present),
    files,
    removed: storedFiles.filter((d) => !present.has(d.path!)),
  };
}

function skippedBeforeRun(inputs: RunInputs, present: Set<string>): IngestReportEntry[] {
  const skipped = (path: string, message: string): IngestReportEntry => ({
    path,
    outcome: 'skipped',
    message,
  });
  return [
    ...inputs.catalogProblems.map((p) => skipped(p.file, p.message)),
    ...[...(inputs.catalog?.keys() ?? [])]
      .filter((path) => !present.has(path))
      .map((path) => skipped(path, NOT_IN_FOLDER)),
    ...inputs.files
      .filter((f) => !isSupportedFile(f.path))
      .map((f) => skipped(f.path, UNSUPPORTED)),
  ];
}
