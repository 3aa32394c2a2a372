// Markdown, HTML and Word documents in a static copy as HTML to read, not only their text:
// headings, lists, tables, emphasis and links kept; everything that could run or reach the
// network removed by sanitize-html's allow-list (no scripts, styles, frames, forms, event
// attributes or images; links only to web and mail addresses). The copy's pages also carry a
// Content-Security-Policy that forbids scripts, as a second wall.
import { readFileSync } from 'node:fs';
import mammoth from 'mammoth';
import { marked } from 'marked';
import sanitizeHtml from 'sanitize-html';
import type { DocumentFormat } from '#shared/types.ts';

const ALLOWED: sanitizeHtml.IOptions = {
  allowedTags: [
    ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'br', 'hr', 'blockquote', 'pre', 'code'],
    ...['ul', 'ol', 'li', 'dl', 'dt', 'dd', 'em', 'strong', 'b', 'i', 'u', 's', 'sub', 'sup'],
    ...['table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'a', 'span', 'abbr'],
    ...['figure', 'figcaption', 'section', 'article', 'aside', 'small', 'mark', 'q', 'cite'],
  ],
  allowedAttributes: {
    a: ['href', 'title'],
    abbr: ['title'],
    th: ['colspan', 'rowspan', 'scope'],
    td: ['colspan', 'rowspan'],
    ol: ['start'],
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  // A page's own title and head are not part of its text.
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'title', 'head'],
  transformTags: {
    // A link opens outside the copy's page, and does not tell the site where it came from.
    a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer', target: '_blank' }),
    // Pictures are not carried: their alternative text stands in their place.
    img: (_tag, attributes) => ({ tagName: 'span', attribs: {}, text: attributes.alt ?? '' }),
  },
};

export function sanitiseMarkup(html: string): string {
  return sanitizeHtml(html, {
    ...ALLOWED,
    allowedAttributes: { ...ALLOWED.allowedAttributes, a: ['href', 'title', 'rel', 'target'] },
  });
}

/** The document as sanitised HTML, or null for a format the copy shows as its text. */
export async function markupHtml(format: DocumentFormat, file: string): Promise<string | null> {
  switch (format) {
    case 'markdown':
      return sanitiseMarkup(marked.parse(readFileSync(file, 'utf8'), { async: false, gfm: true }));
    case 'html':
      return sanitiseMarkup(readFileSync(file, 'utf8'));
    case 'docx': {
      const { value } = await mammoth.convertToHtml(
        { buffer: readFileSync(file) },
        { convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })) },
      );
      return sanitiseMarkup(value);
    }
    default:
      return null;
  }
}
