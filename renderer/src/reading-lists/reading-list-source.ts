// Where reading lists are read from. This computer's own user reads and edits every list; a
// classroom visitor, whom the server refuses the user's data, reads the lists shared with the
// room. The desktop app is always the owner; a browser learns which it is from its first answer.
import type { PortalApi, Result } from '#shared/api.ts';
import type { ReadingList, ReadingListSummary } from '#shared/reading-lists.ts';
import type { PortalMode } from '../api/index.ts';
import { settle } from '../api/settle.ts';

export type ReadingListRole = 'owner' | 'visitor';

export interface ReadingListSource {
  /** Whether this front door may edit the lists (owner) or only read shared ones (visitor). */
  role(): Promise<ReadingListRole>;
  lists(): Promise<Result<ReadingListSummary[]>>;
  list(id: number): Promise<Result<ReadingList>>;
}

export function createReadingListSource(api: PortalApi, mode: PortalMode): ReadingListSource {
  let known: Promise<ReadingListRole> | null = mode === 'desktop' ? Promise.resolve('owner') : null;

  const role = () =>
    (known ??= settle(() => api.listReadingLists()).then((answer) => {
      const forbidden = !answer.ok && answer.error.code === 'forbidden';
      // Only the server's refusal decides; a failed request is asked again next time.
      if (!answer.ok && !forbidden) known = null;
      return forbidden ? 'visitor' : 'owner';
    }));

  return {
    role,
    lists: async () =>
      (await role()) === 'visitor' ? api.listSharedReadingLists() : api.listReadingLists(),
    list: async (id) =>
      (await role()) === 'visitor' ? api.getSharedReadingList(id) : api.getReadingList(id),
  };
}
