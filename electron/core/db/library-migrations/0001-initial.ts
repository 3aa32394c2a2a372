import type { Migration } from '../migrate.ts';
import { FTS_TOKENIZER_SQL } from '../fts-tokenizer.ts';

/**
 * Documents, their pages, the taxonomy (countries, organisations, themes, document types,
 * languages), the links between them, a key-value table about the library itself, and four
 * contentless FTS5 indexes:
 * - document text, one row per document: matches phrases and Thai, Lao, Khmer and Burmese terms
 *   (which need word positions) across a whole document;
 * - document words, one row per document holding each page's distinct words once: matches and
 *   ranks words with a fraction of the occurrences to read (a word counts once per page that uses
 *   it); its vocabulary view tells in how many documents a word occurs and which words a prefix
 *   stands for;
 * - page text: finds the pages of the documents shown. Page rowids pack the document rowid and the
 *   page number (document_rowid * 2^20 + page), so a page names its document without a join; the
 *   document rowid is also indexed as a word of each page, so a query narrowed to a few documents'
 *   pages makes FTS5 leap between them instead of reading every matching page;
 * - document metadata (title, summary, keywords, organisations), with a vocabulary view too.
 */
export const migration0001Initial: Migration = {
  version: 1,
  name: '0001-initial',
  up(db) {
    db.exec(`
      CREATE TABLE documents (
        rowid INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        path TEXT UNIQUE,
        entry_key TEXT UNIQUE,
        title TEXT NOT NULL,
        type TEXT NOT NULL,
        format TEXT NOT NULL,
        language TEXT NOT NULL,
        year INTEGER,
        date TEXT,
        summary TEXT NOT NULL DEFAULT '',
        keywords TEXT NOT NULL DEFAULT '[]',
        outline TEXT NOT NULL DEFAULT '[]',
        page_count INTEGER NOT NULL,
        size_bytes INTEGER NOT NULL,
        uncatalogued INTEGER NOT NULL DEFAULT 0,
        metadata_source TEXT NOT NULL DEFAULT 'file',
        metadata_hash TEXT NOT NULL DEFAULT '',
        added_at TEXT NOT NULL,
        CHECK ((path IS NULL) <> (entry_key IS NULL))
      );
      CREATE INDEX documents_type ON documents(type);
      CREATE INDEX documents_added ON documents(added_at);

      CREATE TABLE pages (
        rowid INTEGER PRIMARY KEY,
        text TEXT NOT NULL
      );

      CREATE TABLE countries (
        code TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        names TEXT NOT NULL DEFAULT '{}',
        focal_point_id TEXT,
        partner_ids TEXT NOT NULL DEFAULT '[]',
        figures TEXT NOT NULL DEFAULT '{}',
        summary TEXT NOT NULL DEFAULT ''
      );
      CREATE TABLE organisations (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        names TEXT NOT NULL DEFAULT '{}',
        country TEXT,
        kind TEXT NOT NULL DEFAULT '',
        description TEXT NOT NULL DEFAULT '',
        contact TEXT NOT NULL DEFAULT '{}'
      );
      CREATE TABLE themes (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        names TEXT NOT NULL DEFAULT '{}',
        facet TEXT NOT NULL DEFAULT 'theme',
        description TEXT NOT NULL DEFAULT ''
      );
      CREATE TABLE document_types (
        type TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        names TEXT NOT NULL DEFAULT '{}'
      );
      CREATE TABLE languages (
        code TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        native_name TEXT NOT NULL
      );
      INSERT INTO languages (code, name, native_name) VALUES
        ('en', 'English', 'English'),
        ('vi', 'Vietnamese', 'Tiếng Việt'),
        ('th', 'Thai', 'ไทย'),
        ('lo', 'Lao', 'ລາວ'),
        ('km', 'Khmer', 'ខ្មែរ'),
        ('my', 'Burmese', 'မြန်မာ'),
        ('id', 'Indonesian', 'Bahasa Indonesia'),
        ('ms', 'Malay', 'Bahasa Melayu'),
        ('fil', 'Filipino', 'Filipino');

      CREATE TABLE document_countries (
        document_rowid INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
        country_code TEXT NOT NULL,
        PRIMARY KEY (document_rowid, country_code)
      ) WITHOUT ROWID;
      CREATE INDEX document_countries_code ON document_countries(country_code);
      CREATE TABLE document_organisations (
        document_rowid INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
        organisation_id TEXT NOT NULL,
        role TEXT NOT NULL,
        PRIMARY KEY (document_rowid, organisation_id, role)
      ) WITHOUT ROWID;
      CREATE INDEX document_organisations_id ON document_organisations(organisation_id);
      CREATE TABLE document_themes (
        document_rowid INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
        theme_id TEXT NOT NULL,
        PRIMARY KEY (document_rowid, theme_id)
      ) WITHOUT ROWID;
      CREATE INDEX document_themes_id ON document_themes(theme_id);
      CREATE TABLE document_links (
        document_rowid INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
        target_path TEXT NOT NULL,
        PRIMARY KEY (document_rowid, target_path)
      ) WITHOUT ROWID;

      CREATE TABLE library_info (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );

      CREATE VIRTUAL TABLE pages_fts USING fts5(
        body, sea, document, content='', contentless_delete=1, tokenize=${FTS_TOKENIZER_SQL}
      );
      CREATE VIRTUAL TABLE doc_text_fts USING fts5(
        body, sea, content='', contentless_delete=1, tokenize=${FTS_TOKENIZER_SQL}
      );
      CREATE VIRTUAL TABLE docs_fts USING fts5(
        title, summary, keywords, organisations, sea,
        content='', contentless_delete=1, tokenize=${FTS_TOKENIZER_SQL}
      );
      CREATE VIRTUAL TABLE doc_words_fts USING fts5(
        body, content='', contentless_delete=1, tokenize=${FTS_TOKENIZER_SQL}
      );
      CREATE VIRTUAL TABLE doc_words_vocab USING fts5vocab(doc_words_fts, 'row');
      CREATE VIRTUAL TABLE docs_vocab USING fts5vocab(docs_fts, 'row');
    `);
  },
};
