// The API contract and what this front door allows, for every component below the app.
import { createContext, use } from 'react';
import type { PortalApi } from '#shared/api.ts';
import type { BookmarkStore } from '../bookmarks/bookmark-store.ts';
import type { HighlightStore } from '../highlights/highlight-store.ts';
import type { ReadingListSource } from '../reading-lists/reading-list-source.ts';
import type { SharingStore } from '../sharing/sharing-store.ts';
import type { PortalMode } from './index.ts';

export interface Portal {
  api: PortalApi;
  mode: PortalMode;
  bookmarks: BookmarkStore;
  /** Passage highlights, kept where bookmarks are. */
  highlights: HighlightStore;
  readingLists: ReadingListSource;
  documentUrl(documentId: string): string;
  listDownloadUrl(listId: number): string;
  /** The library itself (metadata, new files) can be changed only from the desktop app. */
  libraryWritable: boolean;
  /**
   * A classroom visitor from another computer: what they cannot use (adding documents, the
   * serving computer's bookmarks) is left out rather than refused.
   */
  visitor: boolean;
  /** "Share with the room", which only the desktop app's window starts; null elsewhere. */
  sharing: SharingStore | null;
}

export const PortalContext = createContext<Portal | null>(null);

export function usePortal(): Portal {
  const portal = use(PortalContext);
  if (portal === null) throw new Error('usePortal needs a PortalContext provider.');
  return portal;
}
