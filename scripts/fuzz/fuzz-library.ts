// A small real library for the targets that need one (search, packs, the API's doors): a few
// documents and their descriptions from the multilingual fixture, indexed into SQLite files of
// its own, and a digest of everything the library keeps, to prove a refused input wrote nothing.
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse, stringify } from 'yaml';
import type { Portal } from '#core/portal.ts';
import { openPortal } from '#core/portal.ts';

export const FIXTURES = resolve(import.meta.dirname, '..', '..', 'tests', 'fixtures');
const LIBRARY_FIXTURE = join(FIXTURES, 'multilingual', 'library');

/** Fixture file to its place in the small library. */
const FILES: Record<string, string> = {
  'en-digital-evidence.html': 'en-digital-evidence.html',
  'en-fishing-vessels-inspection.md': 'en-fishing-vessels-inspection.md',
  'en-shelter-standards.pdf': 'guides/en-shelter-standards.pdf',
  'vi-phong-ngua-cuong-buc-lao-dong.md': 'vi-phong-ngua-cuong-buc-lao-dong.md',
  'km-mutual-legal-assistance.html': 'km-mutual-legal-assistance.html',
};

export interface FuzzLibrary {
  portal: Portal;
  folder: string;
  data: string;
}

function copySmallLibrary(folder: string): void {
  for (const [from, to] of Object.entries(FILES)) {
    mkdirSync(join(folder, to, '..'), { recursive: true });
    copyFileSync(join(LIBRARY_FIXTURE, from), join(folder, to));
  }
  const catalog = parse(readFileSync(join(LIBRARY_FIXTURE, 'catalog.yaml'), 'utf8')) as {
    documents: { file: string }[];
  };
  const documents = catalog.documents
    .filter((d) => d.file in FILES)
    .map((d) => ({ ...d, file: FILES[d.file] }));
  writeFileSync(join(folder, 'catalog.yaml'), stringify({ version: 1, documents }));
  copyFileSync(join(LIBRARY_FIXTURE, 'taxonomy.yaml'), join(folder, 'taxonomy.yaml'));
}

/** The small library under `work`, indexed in this thread, with a portal over it. */
export async function openFuzzLibrary(work: string): Promise<FuzzLibrary> {
  const folder = join(work, 'library');
  const data = join(work, 'data');
  mkdirSync(data, { recursive: true });
  copySmallLibrary(folder);
  const paths = {
    libraryDbPath: join(data, 'library.sqlite'),
    userDbPath: join(data, 'user.sqlite'),
  };
  const indexing = openPortal(paths);
  try {
    await indexing.index(folder, { workers: 0 });
  } finally {
    indexing.close();
  }
  return {
    portal: openPortal({ ...paths, libraryFolder: folder, copyInThisThread: true }),
    folder,
    data,
  };
}

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

function filesUnder(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .map((entry) => {
      const path = relative(folder, join(entry.parentPath, entry.name));
      return entry.isFile() ? `${path} ${sha256(readFileSync(join(folder, path)))}` : `${path}/`;
    })
    .filter((line) => !line.split(' ')[0]!.endsWith('-shm'))
    .sort();
}

/**
 * Every byte the library keeps: its folder's files and its databases' files (with their
 * write-ahead logs), so a digest that stays the same proves that nothing was written at all. The
 * shared-memory index beside a log is left out: readers mark their place in it.
 */
export function libraryDigest(library: FuzzLibrary): string {
  return sha256(JSON.stringify([filesUnder(library.folder), filesUnder(library.data)]));
}
