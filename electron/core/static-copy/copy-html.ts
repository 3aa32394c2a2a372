// The HTML pages of a static copy. Every piece of library text is escaped into these templates,
// never parsed as markup, and every page carries a Content-Security-Policy: the home page runs
// only the copy's own scripts, and a document page runs none and loads only the copy's styles
// and fonts.
import { COPY_PATHS } from '#shared/static-copy/copy-format.ts';
import { copyNumber } from '#shared/static-copy/copy-strings.ts';
import type { CopyStrings } from '#shared/static-copy/copy-strings.ts';
import type { PageText } from '#shared/types.ts';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);
}

const BASE_POLICY = "default-src 'none'; style-src 'self'; font-src 'self'; img-src 'self'";
const LOCKED = "base-uri 'none'; form-action 'none'";

export const HOME_PAGE_POLICY = `${BASE_POLICY}; script-src 'self'; ${LOCKED}`;
export const DOCUMENT_PAGE_POLICY = `${BASE_POLICY}; ${LOCKED}`;

function head(title: string, policy: string, assets: string, language: string): string {
  return `<!doctype html>
<html lang="${escapeHtml(language)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="${assets}${COPY_PATHS.fonts}">
<link rel="stylesheet" href="${assets}${COPY_PATHS.style}">
</head>`;
}

export interface HomePageText {
  /** The language the page speaks, and the words it speaks it with. */
  language: string;
  words: CopyStrings;
  title: string;
  holds: string;
  /** The reading list's own note, when the copy opens on a list that has one. */
  listNote?: string;
  madeBy: string;
  madeOn: string;
}

function listNote(note: string | undefined, words: CopyStrings): string {
  if (note === undefined || note.trim() === '') return '';
  return `<section class="copy-list-note" id="copy-list-note" aria-label="${escapeHtml(words.listNoteLabel)}">\n${paragraphs(note)}\n</section>\n`;
}

/** index.html: the note on what the copy holds, the search form, and where results appear. */
export function homePage(text: HomePageText): string {
  const scripts = [COPY_PATHS.catalog, COPY_PATHS.index, COPY_PATHS.script]
    .map((src) => `<script defer src="${src}"></script>`)
    .join('\n');
  const { words } = text;
  return `${head(text.title, HOME_PAGE_POLICY, '', text.language)}
<body>
<header class="copy-header">
<h1>${escapeHtml(text.title)}</h1>
<p class="copy-note" id="copy-note">${escapeHtml(text.holds)} ${escapeHtml(words.madeBy(text.madeBy, text.madeOn))}</p>
</header>
<main>
${listNote(text.listNote, words)}<form class="copy-search" id="copy-search" role="search">
<label for="copy-query">${escapeHtml(words.searchLabel)}</label>
<input id="copy-query" name="q" type="search" autocomplete="off">
<button type="submit">${escapeHtml(words.searchButton)}</button>
<div class="copy-browse" id="copy-browse"></div>
</form>
<p class="copy-count" id="copy-count" aria-live="polite"></p>
<ol class="copy-results" id="copy-results"></ol>
<noscript><p>${escapeHtml(words.noScript(COPY_PATHS.documents))}</p></noscript>
</main>
${scripts}
</body>
</html>
`;
}

export interface DocumentPageText {
  title: string;
  /** The document's own language, which its text is marked with. */
  language: string;
  /** The copy's language and words, for the page's own furniture. */
  copyLanguage: string;
  words: CopyStrings;
  /** Lines of what the library knows about the document: type, year, countries, publishers. */
  details: string[];
  summary: string;
  pages: PageText[];
  /** The document as sanitised HTML (Markdown, HTML, Word), shown instead of its pages' text. */
  html?: string | null;
  /** An image document's page pictures, by page, as file names beside the page (null: none). */
  images?: (string | null)[];
}

function paragraphs(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join('\n');
}

/** Says that a page's text was recognised from a scan, and how sure the recognition was. */
function recognisedNote(doc: DocumentPageText, page: PageText): string {
  if (!page.ocr) return '';
  const confidence = copyNumber(Math.round(page.ocr.confidence), doc.copyLanguage);
  return `<p class="copy-ocr-note" lang="${escapeHtml(doc.copyLanguage)}">${escapeHtml(doc.words.recognised(confidence))}</p>\n`;
}

function pageImage(doc: DocumentPageText, page: PageText): string {
  const name = doc.images?.[page.page - 1];
  if (!name) return '';
  return `<img class="copy-page-image" src="${escapeHtml(encodeURIComponent(name))}" alt="${escapeHtml(doc.words.page(String(page.page)))}">\n`;
}

/**
 * A Markdown, HTML, Word, text or catalog document as one page: its sanitised HTML where it has
 * one, else its text escaped, by page.
 */
export function documentPage(doc: DocumentPageText): string {
  const furniture = escapeHtml(doc.copyLanguage);
  const pages = doc.html
    ? `<section id="page-1" class="copy-page copy-markup">\n${doc.html}\n</section>`
    : doc.pages
        .map(
          (p) =>
            `<section id="page-${p.page}" class="copy-page"><h2 lang="${furniture}">${escapeHtml(doc.words.page(String(p.page)))}</h2>\n${recognisedNote(doc, p)}${pageImage(doc, p)}${paragraphs(p.text)}\n</section>`,
        )
        .join('\n');
  const details = doc.details.map((d) => `<li>${escapeHtml(d)}</li>`).join('');
  return `${head(doc.title, DOCUMENT_PAGE_POLICY, '../', doc.language)}
<body>
<header class="copy-header">
<p lang="${furniture}"><a href="../index.html">${escapeHtml(doc.words.back)}</a></p>
<h1>${escapeHtml(doc.title)}</h1>
<ul class="copy-details">${details}</ul>
${doc.summary ? `<p class="copy-summary">${escapeHtml(doc.summary)}</p>` : ''}
</header>
<main class="copy-document">
${pages}
</main>
</body>
</html>
`;
}
