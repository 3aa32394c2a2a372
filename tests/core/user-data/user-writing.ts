// Something of everything a user writes, through the user store as the app writes it, with gaps
// in the ids (deleted rows) as real use leaves them.
import type { UserStore } from '#core/store/user-store.ts';

export const DOC_A = 'a'.repeat(64);
export const DOC_B = 'b'.repeat(64);
export const FINGERPRINT = '1A2B 3C4D 5E6F 7A8B 9C0D 1E2F 3A4B 5C6D 7E8F 9A0B';

export function writeSomeOfEverything(user: UserStore): void {
  user.saveBookmark({ documentId: DOC_A, page: 3, note: 'Article 5: the definition' });
  const dropped = user.saveBookmark({ documentId: DOC_A, page: 4, note: '' });
  user.saveBookmark({ documentId: DOC_B, page: null, note: 'Whole report, ກົດໝາຍ' });
  user.deleteBookmark(dropped.id);
  user.saveHighlight({
    documentId: DOC_A,
    page: 3,
    exact: 'recruitment, transportation',
    prefix: 'means the ',
    suffix: ', transfer',
    start: 120,
    colour: 'yellow',
    note: 'Quote in the training',
  });
  user.saveHighlight({
    documentId: DOC_B,
    page: 1,
    exact: 'non-punishment',
    prefix: '',
    suffix: ' principle',
    start: 0,
    colour: 'pink',
    note: '',
  });
  const gone = user.createReadingList('Draft', '');
  const week = user.createReadingList('Week 1', 'Read before Monday');
  user.deleteReadingList(gone);
  user.addReadingListItem(week, { documentId: DOC_A, page: null, note: '' });
  const removed = user.addReadingListItem(week, { documentId: DOC_A, page: 7, note: 'skip' });
  user.addReadingListItem(week, { documentId: DOC_B, page: 2, note: 'Table 3' });
  user.removeReadingListItem(week, removed);
  user.updateReadingList(week, { shared: true });
  user.createReadingList('Week 1', 'Another list of the same name');
  user.addTrustedKey({ fingerprint: FINGERPRINT, label: 'Regional office' });
}
