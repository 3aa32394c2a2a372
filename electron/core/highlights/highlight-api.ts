// The API's passage-highlight methods over the user database, each answering a Result through the
// portal's own wrapper. A highlight is saved only on a document the library (as this front door
// sees it) has.
import type { PortalApi, Result } from '#shared/api.ts';
import { NotFoundError } from '../api-errors.ts';
import type { UserStore } from '../store/user-store.ts';

type HighlightMethod = 'listHighlights' | 'saveHighlight' | 'updateHighlight' | 'deleteHighlight';

export function highlightApi(
  user: UserStore,
  /** Throws NotFoundError when the library has no such document. */
  requireDocument: (id: string) => unknown,
  result: <T>(work: () => T) => Promise<Result<T>>,
): Pick<PortalApi, HighlightMethod> {
  return {
    listHighlights: (documentId) => result(() => user.listHighlights(documentId)),
    saveHighlight: (input) =>
      result(() => {
        requireDocument(input.documentId);
        return user.saveHighlight(input);
      }),
    updateHighlight: (change) =>
      result(() => {
        const updated = user.updateHighlight(change);
        if (updated === null) throw new NotFoundError(`No highlight with id ${change.id}.`);
        return updated;
      }),
    deleteHighlight: (id) =>
      result(() => {
        if (!user.deleteHighlight(id)) throw new NotFoundError(`No highlight with id ${id}.`);
        return true as const;
      }),
  };
}
