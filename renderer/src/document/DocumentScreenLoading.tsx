// The document screen while the document's details are on their way. A PDF entered at its first
// page shows the image of that page the server drew (fetched ahead, or asked for on entering) as
// soon as it has come, in a stand-in of the screen laid out with the screen's own classes, so that
// the page sits where the reader will put it; the details no longer hold up the page. Otherwise
// (another format, a hidden document, no image drawn yet), the spinner until they come.
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../components/Loading.tsx';
import { documentArticleStandIn } from '../reader/pdf/document-screen-stand-in.ts';
import { enteredFirstPageOf, showInStandInViewer } from '../reader/pdf/first-page-image.ts';

/** The entered document's first-page image once it can be shown; null until then, or if none. */
function useEnteredFirstPage(documentId: string, atFirstPage: boolean): HTMLImageElement | null {
  const entered = atFirstPage ? enteredFirstPageOf(documentId) : null;
  const image = entered?.image ?? null;
  const loaded = entered?.loaded ?? null;
  const [come, setCome] = useState(image?.dataset.loaded === 'true' ? image : null);
  useEffect(() => {
    if (image === null || loaded === null) return;
    let live = true;
    void loaded.then((shown) => {
      if (live && shown) setCome(image);
    });
    return () => {
      live = false;
    };
  }, [image, loaded]);
  return come === image ? come : null;
}

function FirstPageInStandIn({ image }: { image: HTMLImageElement }) {
  const { t } = useTranslation();
  const host = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const { article, viewer } = documentArticleStandIn();
    host.current?.append(article);
    showInStandInViewer(image, viewer);
    return () => article.remove();
  }, [image]);
  return (
    <div
      ref={host}
      className="document-screen-loading"
      role="status"
      aria-busy="true"
      aria-label={t('reader.opening')}
      data-testid="document-screen-loading"
    />
  );
}

export function DocumentScreenLoading({
  documentId,
  atFirstPage,
}: {
  documentId: string;
  atFirstPage: boolean;
}) {
  const image = useEnteredFirstPage(documentId, atFirstPage);
  return image === null ? <Loading /> : <FirstPageInStandIn image={image} />;
}
