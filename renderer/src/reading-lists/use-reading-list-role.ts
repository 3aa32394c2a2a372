// Whether this front door edits reading lists (owner) or reads the shared ones (visitor); null
// until known, so that no editing control shows to a visitor even for a moment.
import { useEffect, useState } from 'react';
import { usePortal } from '../api/portal-context.tsx';
import type { ReadingListRole } from './reading-list-source.ts';

export function useReadingListRole(): ReadingListRole | null {
  const { readingLists } = usePortal();
  const [role, setRole] = useState<ReadingListRole | null>(null);
  useEffect(() => {
    let live = true;
    void readingLists.role().then((known) => {
      if (live) setRole(known);
    });
    return () => {
      live = false;
    };
  }, [readingLists]);
  return role;
}
