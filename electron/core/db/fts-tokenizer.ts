/**
 * Marks are token characters so Thai, Lao, Khmer and Burmese vowel signs never split a word.
 * The text pipeline folds case, Latin diacritics and đ before SQLite sees any text (the indexed
 * text, the queries and the snippets all go through it); SQLite is told to remove no diacritics, so
 * none is folded a second, different way.
 */
export const FTS_TOKENIZER = "unicode61 remove_diacritics 0 categories 'L* N* Co M*'";

/** The tokenizer as an SQL string literal for a CREATE VIRTUAL TABLE statement. */
export const FTS_TOKENIZER_SQL = `'${FTS_TOKENIZER.replaceAll("'", "''")}'`;
