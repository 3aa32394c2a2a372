// The library the stress scripts work on: the multilingual fixture (PDFs, Word, HTML, Markdown and
// text in the region's languages, with its catalog and taxonomy) and, beside it, synthetic
// handbooks in Markdown, enough of them that indexing takes a few seconds. The same seed makes the
// same files, so a failure found with one seed replays.
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { prose, subject } from '../bench/synthetic-text.ts';
import { seededRandom } from '../seeded-random.ts';

export const FIXTURE_LIBRARY = resolve(
  import.meta.dirname,
  '..',
  '..',
  'tests',
  'fixtures',
  'multilingual',
  'library',
);

export interface StressLibraryOptions {
  /** The multilingual fixture's documents, catalog and taxonomy too. */
  fixture: boolean;
  /** Synthetic Markdown handbooks beside the fixture's documents. */
  handbooks: number;
  /** Characters of prose in each handbook (a page holds a few thousand). */
  handbookChars: number;
  seed: number;
}

export const DEFAULT_STRESS_LIBRARY: StressLibraryOptions = {
  fixture: true,
  handbooks: 120,
  handbookChars: 30_000,
  seed: 1,
};

/** Writes the library into `folder` (made when missing); returns the folder. */
export function writeStressLibrary(
  folder: string,
  options: StressLibraryOptions = DEFAULT_STRESS_LIBRARY,
): string {
  mkdirSync(folder, { recursive: true });
  if (options.fixture) cpSync(FIXTURE_LIBRARY, folder, { recursive: true });
  const rand = seededRandom(options.seed);
  const handbooks = join(folder, 'handbooks');
  mkdirSync(handbooks, { recursive: true });
  for (let n = 1; n <= options.handbooks; n++) {
    const about = subject(rand);
    const chapters = [1, 2, 3].map(
      (c) => `## Chapter ${c}\n\n${prose(rand, options.handbookChars / 3, about)}`,
    );
    const text = `# Practitioners' handbook ${n}\n\n${chapters.join('\n\n')}\n`;
    writeFileSync(join(handbooks, `handbook-${String(n).padStart(4, '0')}.md`), text);
  }
  return folder;
}
