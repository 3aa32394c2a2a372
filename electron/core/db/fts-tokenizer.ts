/**
 * Marks are token characters so Thai, Lao, Khmer and Burmese vowel signs never split a word;
 * folding (case, Latin diacritics, đ) is done by the text pipeline, not by SQLite, so the index,
 * the queries, the highlighter and the static site all fold the same way.
 */
export const FTS_TOKENIZER = "unicode61 remove_diacritics 0 categories 'L* N* Co M*'";

/** The tokenizer as an SQL string literal for a CREATE VIRTUAL TABLE statement. */
export const FTS_TOKENIZER_SQL = `'${FTS_TOKENIZER.replaceAll("'", "''")}'`;
