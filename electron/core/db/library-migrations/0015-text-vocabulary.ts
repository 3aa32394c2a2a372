import type { Migration } from '../migrate.ts';

/**
 * The tokens of the document text index, as the document words' have theirs: a Thai, Lao, Khmer
 * or Burmese term whose last cluster pair is read as a prefix (a term of one cluster, or being
 * typed) is spelled out as the pairs it stands for in the pages of the documents shown, since FTS5
 * reads a prefix over the whole page index before narrowing it to them. A view of the index: it
 * stores nothing.
 */
export const migration0015TextVocabulary: Migration = {
  version: 15,
  name: '0015-text-vocabulary',
  up(db) {
    db.exec(`CREATE VIRTUAL TABLE doc_text_vocab USING fts5vocab(doc_text_fts, 'row');`);
  },
};
