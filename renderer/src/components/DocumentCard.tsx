import type { DocumentSummary } from '#shared/types.ts';
import { AddToReadingList } from '../reading-lists/AddToReadingList.tsx';
import { href } from '../router/routes.ts';
import { DocumentMetaLine } from './DocumentMetaLine.tsx';

export function DocumentCard({
  document,
  headingLevel = 3,
  addToReadingList = false,
}: {
  document: DocumentSummary;
  headingLevel?: 2 | 3 | 4;
  /** Offers "Add to reading list" (on country, organisation and theme pages). */
  addToReadingList?: boolean;
}) {
  const Heading = `h${headingLevel}` as const;
  return (
    <article className="document-card" data-testid="document-card" data-document-id={document.id}>
      <Heading className="document-card__title">
        <a href={href.document(document.id)}>{document.title}</a>
      </Heading>
      <DocumentMetaLine document={document} />
      {document.summary && <p className="document-card__summary">{document.summary}</p>}
      {addToReadingList && (
        <AddToReadingList
          documentId={document.id}
          page={null}
          buttonClassName="button button--small button--secondary"
        />
      )}
    </article>
  );
}
