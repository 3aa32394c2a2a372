// `--list NAME` for `portal pack create` and `portal export-site`: a reading list, found by its
// exact name, chooses the documents in its own order instead of a search.
import type { ReadingList } from '#shared/reading-lists.ts';
import type { ReadingList as CopyReadingList } from '#core/static-copy/copy-selection.ts';
import type { Portal } from '#core/portal.ts';
import type { Flags } from './commands.ts';
import { UsageError } from './commands.ts';

const SEARCH_FLAGS = ['query', 'country', 'org', 'theme', 'type', 'lang', 'year'] as const;

/** The --list name, or null; refused beside a query or search filters, which it replaces. */
export function listFlag(flags: Flags): string | null {
  if (flags.list === undefined) return null;
  if (typeof flags.list !== 'string' || flags.list.trim() === '')
    throw new UsageError('--list takes the name of a reading list.');
  const searching = SEARCH_FLAGS.filter((name) => flags[name] !== undefined);
  if (searching.length > 0)
    throw new UsageError(
      `--list chooses the documents by itself: leave out ${searching.map((f) => `--${f}`).join(', ')}, or --list.`,
    );
  return flags.list.trim();
}

const quoted = (names: string[]) => names.map((n) => `"${n}"`).join(', ');

/** The reading list with exactly this name, with its items in order. */
export async function readingListNamed(portal: Portal, name: string): Promise<ReadingList> {
  const all = await portal.api.listReadingLists();
  if (!all.ok) throw new Error(all.error.message);
  const matching = all.value.filter((list) => list.name === name);
  if (matching.length !== 1) {
    const names = all.value.map((list) => list.name);
    const known =
      names.length === 0
        ? 'There are no reading lists yet.'
        : `The reading lists: ${quoted(names)}.`;
    const problem =
      matching.length === 0
        ? `No reading list is named "${name}".`
        : `${matching.length} reading lists are named "${name}"; rename all but one in the app.`;
    throw new UsageError(`${problem} ${known}`);
  }
  const list = await portal.api.getReadingList(matching[0]!.id);
  if (!list.ok) throw new Error(list.error.message);
  // A document the library no longer holds cannot be packed or copied.
  const items = list.value.items.filter((item) => item.document !== null);
  if (items.length === 0)
    throw new UsageError(`The reading list "${name}" has no documents in this library.`);
  return { ...list.value, items };
}

/** The list's documents in its order, each once (a list may name pages of the same document). */
export function documentIdsOf(list: ReadingList): string[] {
  return [...new Set(list.items.map((item) => item.documentId))];
}

/**
 * The list as a static copy opens on it: each document once, in the list's order, its notes
 * (with the page each one is about) gathered under it.
 */
export function copyListOf(list: ReadingList): CopyReadingList {
  const notes = new Map<string, string[]>();
  for (const item of list.items) {
    const about = item.page === null ? item.note : `p. ${item.page}: ${item.note}`;
    const gathered = notes.get(item.documentId) ?? [];
    if (item.note.trim() !== '') gathered.push(about);
    notes.set(item.documentId, gathered);
  }
  return {
    title: list.name,
    ...(list.note.trim() === '' ? {} : { note: list.note }),
    items: [...notes].map(([documentId, itemNotes]) =>
      itemNotes.length > 0 ? { documentId, note: itemNotes.join('\n') } : { documentId },
    ),
  };
}
