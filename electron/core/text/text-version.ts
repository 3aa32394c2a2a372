/**
 * The version of what the engine stores for a file's bytes: text extraction (PDF, Word, HTML,
 * Markdown) and the text pipeline together. Raise it with any change that makes the same file give
 * different text, index words, outline, page labels or file metadata; the next indexing run then reads every file again and
 * keeps its description (see index-folder.ts), so an installed library benefits from the fix.
 */
// 2: the exact-form column (words with their Vietnamese marks) is indexed.
// 3: PDF page labels are stored, and a PDF's creation date no longer gives the year.
// 4: Thai, Lao, Khmer and Burmese PDF text keeps its words whole: no space where a mark moved the
//    pen back, no line break where a paragraph wraps between two words.
// 5: the cluster column indexes pairs of adjacent Thai, Lao, Khmer and Burmese clusters
//    (#shared/text/cluster-pairs.ts) instead of single clusters.
export const TEXT_VERSION = 5;
