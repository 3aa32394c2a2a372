// File names inside a static copy: ASCII letters, digits and dashes from the library file's own
// name, then the start of the document id, so names are safe on every file system and USB stick,
// never clash, and stay the same from one export to the next.
import { foldCharacters } from '#shared/text/fold.ts';

const MAX_STEM = 60;

export function copyFileName(libraryPath: string | null, id: string, extension: string): string {
  const base = (libraryPath ?? '').split('/').pop() ?? '';
  const stem = foldCharacters(base.replace(/\.[^.]*$/, ''), null)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_STEM)
    .replace(/-+$/, '');
  return `${stem || 'document'}-${id.slice(0, 12)}.${extension}`;
}
