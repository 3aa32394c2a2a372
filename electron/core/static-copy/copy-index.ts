// The static copy's search index: one lunr document per library document, with an empty pipeline
// (lunr's stemmer, trimmer and stop words would mangle words of the region's languages) over
// tokens made by the app's text pipeline. Page text counts each word once per page that uses it,
// as the engine's document-words index does. Each page's tokens are also kept, so that the copy can
// point a hit at the page that holds the most of the query.
import lunr from 'lunr';
import { CLUSTER_FIELDS, WORD_FIELDS } from '#shared/static-copy/copy-format.ts';
import { clusterTokens, distinct, wordTokens } from '#shared/static-copy/copy-tokens.ts';
import type { PageText } from '#shared/types.ts';

export interface IndexInput {
  title: string;
  summary: string;
  keywords: string[];
  /** Names of the document's organisations, in every language the taxonomy gives. */
  organisationNames: string[];
  pages: PageText[];
}

export interface CopyIndex {
  /** lunr's serialised index. */
  index: object;
  /** For each document, for each page, its distinct tokens joined by spaces. */
  pageTokens: string[][];
}

interface PageTokens {
  words: string[];
  clusters: string[];
}

function tokensOfPage(text: string): PageTokens {
  return { words: distinct(wordTokens(text)), clusters: distinct(clusterTokens(text)) };
}

export function buildCopyIndex(documents: IndexInput[]): CopyIndex {
  const builder = new lunr.Builder();
  builder.ref('ref');
  for (const [field, boost] of Object.entries({ ...WORD_FIELDS, ...CLUSTER_FIELDS }))
    builder.field(field, { boost });
  const pageTokens: string[][] = [];
  documents.forEach((doc, ref) => {
    const pages = doc.pages.map((p) => tokensOfPage(p.text));
    pageTokens.push(pages.map((p) => [...p.words, ...p.clusters].join(' ')));
    const keywords = doc.keywords.join('\n');
    // lunr takes an array as tokens already made; the copy's tokens are never split again.
    builder.add({
      ref: String(ref),
      title: wordTokens(doc.title),
      summary: wordTokens(doc.summary),
      keywords: wordTokens(keywords),
      organisations: wordTokens(doc.organisationNames.join('\n')),
      body: pages.flatMap((p) => p.words),
      metaClusters: clusterTokens([doc.title, doc.summary, keywords].join('\n')),
      bodyClusters: pages.flatMap((p) => p.clusters),
    });
  });
  return { index: builder.build().toJSON(), pageTokens };
}
