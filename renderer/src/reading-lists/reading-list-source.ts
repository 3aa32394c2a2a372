// Where reading lists are read from. This computer's own user reads and edits every list; a
// classroom visitor reads the lists shared with the room. Which one is asking is the server's
// sessionInfo answer, given once at start-up (isVisitorSession), never guessed from a refusal.
import type { PortalApi, Result } from '#shared/api.ts';
import type { ReadingList, ReadingListSummary } from '#shared/reading-lists.ts';

export type ReadingListRole = 'owner' | 'visitor';

export interface ReadingListSource {
  /** Whether this front door may edit the lists (owner) or only read shared ones (visitor). */
  readonly role: ReadingListRole;
  lists(): Promise<Result<ReadingListSummary[]>>;
  list(id: number): Promise<Result<ReadingList>>;
}

export function createReadingListSource(api: PortalApi, visitor: boolean): ReadingListSource {
  return visitor
    ? {
        role: 'visitor',
        lists: () => api.listSharedReadingLists(),
        list: (id) => api.getSharedReadingList(id),
      }
    : {
        role: 'owner',
        lists: () => api.listReadingLists(),
        list: (id) => api.getReadingList(id),
      };
}
