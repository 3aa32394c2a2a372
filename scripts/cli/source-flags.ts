// What `portal pack create` and `portal export-site` are made of: with `--list NAME`, the reading
// list of exactly that name (instead of a search); otherwise what the search flags find. The
// engine's createPack and exportStaticCopy, which the desktop app calls too, do the rest.
import type { ApiError, OutgoingSource } from '#shared/api.ts';
import type { Portal } from '#core/portal.ts';
import type { FilterFlags, Flags } from './commands.ts';
import { parseFilterFlags, resolveFilters, UsageError } from './commands.ts';

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

/** The id of the reading list with exactly this name. */
async function readingListIdNamed(portal: Portal, name: string): Promise<number> {
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
  return matching[0]!.id;
}

export type SourceFlags = { listName: string } | { query: string; filters: FilterFlags };

/**
 * The reading list --list names, else the search the flags describe (`withQuery`: --query too);
 * without either, the whole library. Checked before the library is opened.
 */
export function sourceFlags(flags: Flags, withQuery: boolean): SourceFlags {
  const listName = listFlag(flags);
  if (listName !== null) return { listName };
  const query = withQuery && typeof flags.query === 'string' ? flags.query : '';
  return { query, filters: parseFilterFlags(flags) };
}

/** The source in the library's own terms: the list's id, the filters' ids. */
export async function sourceOf(portal: Portal, flags: SourceFlags): Promise<OutgoingSource> {
  if ('listName' in flags) return { listId: await readingListIdNamed(portal, flags.listName) };
  return { query: flags.query, filters: resolveFilters(portal, flags.filters) };
}

/** An engine's refusal is the user's to fix (a usage error); anything else is a failure. */
export function failureOf(error: ApiError, prefix = ''): Error {
  return error.refusal ? new UsageError(`${prefix}${error.message}`) : new Error(error.message);
}
