import type { Migration } from '../migrate.ts';
import { FTS_TOKENIZER_SQL } from '../fts-tokenizer.ts';

/**
 * An exact column in the page text, document text and metadata indexes (#shared/text/exact.ts),
 * so that a word typed with marks matches that form only. FTS5 tables take no new column, so the
 * three are made anew, empty: the text version rises with this migration (text/text-version.ts),
 * and the next indexing run, which the app starts on opening an outdated library, reads every
 * file again and fills them.
 */
export const migration0004ExactForms: Migration = {
  version: 4,
  name: '0004-exact-forms',
  up(db) {
    db.exec(`
      DROP TABLE docs_vocab;
      DROP TABLE pages_fts;
      DROP TABLE doc_text_fts;
      DROP TABLE docs_fts;
      CREATE VIRTUAL TABLE pages_fts USING fts5(
        body, sea, document, exact, content='', contentless_delete=1, tokenize=${FTS_TOKENIZER_SQL}
      );
      CREATE VIRTUAL TABLE doc_text_fts USING fts5(
        body, sea, exact, content='', contentless_delete=1, tokenize=${FTS_TOKENIZER_SQL}
      );
      CREATE VIRTUAL TABLE docs_fts USING fts5(
        title, summary, keywords, organisations, sea, exact,
        content='', contentless_delete=1, tokenize=${FTS_TOKENIZER_SQL}
      );
      CREATE VIRTUAL TABLE docs_vocab USING fts5vocab(docs_fts, 'row');
      UPDATE documents SET text_version = 0;
    `);
  },
};
