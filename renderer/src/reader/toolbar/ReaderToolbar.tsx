// The toolbar of the readers that show pages one at a time (PDF pages, page images): page
// navigation, the reader's own controls, zoom, and find in the document.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FindBar } from '../FindBar.tsx';
import type { PageMatches } from '../highlight/page-matches.ts';
import type { PageFind } from '../use-page-find.ts';
import type { ZoomState } from '../use-zoom.ts';
import { PageNavigation, type PageNavigationProps } from './PageNavigation.tsx';
import { ZoomControls } from './ZoomControls.tsx';

export interface ReaderToolbarProps {
  /** Before the page controls, such as the side panel's toggle. */
  leading?: ReactNode;
  navigation: PageNavigationProps;
  /** The reader's own controls, between the pages and the zoom. */
  children?: ReactNode;
  /** Null while the page is not shown as drawn (the text view), which has no zoom. */
  zoom: ZoomState | null;
  find: PageFind;
  findMatches: PageMatches | null;
  /** Turns to the page of the next or previous match. */
  onFindPage(page: number): void;
}

export function ReaderToolbar(props: ReaderToolbarProps) {
  const { leading, navigation, children, zoom, find, findMatches, onFindPage } = props;
  const { t } = useTranslation();
  return (
    <div className="reader-toolbar" role="group" aria-label={t('reader.controls')}>
      <div className="reader-toolbar__group">
        {leading}
        <PageNavigation {...navigation} />
      </div>
      {children ? <div className="reader-toolbar__group">{children}</div> : null}
      {zoom && (
        <div className="reader-toolbar__group">
          <ZoomControls {...zoom} />
        </div>
      )}
      <FindBar
        value={find.text}
        onChange={find.change}
        summary={find.summary(findMatches)}
        canStep={(findMatches?.total ?? 0) > 0 || find.onPage > 0}
        onStep={(direction) => find.step(direction, findMatches, navigation.current, onFindPage)}
      />
    </div>
  );
}
