// A reading list as a handout for the room: the list's note on top, then each item with its
// citation (in the style and language chosen for citations), page and note, ready to print (the
// print styles leave out the app's frame and buttons). Classroom visitors open the handouts of
// shared lists too.
import { useTranslation } from 'react-i18next';
import type { ReadingList } from '#shared/reading-lists.ts';
import { usePortal } from '../api/portal-context.tsx';
import { useApiResult } from '../api/use-api-result.ts';
import { PageTitle } from '../components/PageTitle.tsx';
import { ResultView } from '../components/ResultView.tsx';
import { CitationText } from '../document/CitationText.tsx';
import { useCite } from '../document/use-cite.ts';
import { itemCitation } from '../reading-lists/item-labels.ts';
import { href } from '../router/routes.ts';

function Handout({ list }: { list: ReadingList }) {
  const { t } = useTranslation();
  const cite = useCite();
  return (
    <article className="handout" data-testid="handout" aria-labelledby="page-title">
      <div className="handout__controls no-print">
        <a href={href.readingList(list.id)}>{t('readingLists.backToList')}</a>
        <button
          type="button"
          className="button"
          onClick={() => window.print()}
          data-testid="print-handout"
        >
          {t('readingLists.print')}
        </button>
      </div>
      <p className="handout__kind">{t('readingLists.handoutKind')}</p>
      <PageTitle title={list.name} className="handout__title" />
      {list.note && (
        <p className="handout__note" data-testid="handout-note">
          {list.note}
        </p>
      )}
      {list.items.length === 0 ? (
        <p className="empty">{t('readingLists.emptyShared')}</p>
      ) : (
        <ol className="handout__items" data-testid="handout-items">
          {list.items.map((item) => (
            <li key={item.id} className="handout__item" data-testid="handout-item">
              <p className="handout__citation" data-testid="handout-citation">
                <CitationText parts={itemCitation(item, cite, t)} />
              </p>
              {item.note && <p className="handout__item-note">{item.note}</p>}
            </li>
          ))}
        </ol>
      )}
    </article>
  );
}

export function HandoutPage({ id }: { id: number }) {
  const { readingLists } = usePortal();
  const { result, reload } = useApiResult(`handout:${id}`, () => readingLists.list(id));
  return (
    <ResultView result={result} onRetry={reload}>
      {(list) => <Handout list={list} />}
    </ResultView>
  );
}
