// Whether this front door edits reading lists (owner) or reads the shared ones (visitor), as the
// server's sessionInfo told the interface at start-up.
import { usePortal } from '../api/portal-context.tsx';
import type { ReadingListRole } from './reading-list-source.ts';

export function useReadingListRole(): ReadingListRole {
  return usePortal().readingLists.role;
}
