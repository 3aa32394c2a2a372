// Text out of HTML and Markdown: block elements become paragraph breaks, scripts and styles are
// dropped, nothing is executed.
import { Parser } from 'htmlparser2';
import { marked } from 'marked';

const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'header',
  'footer',
  'main',
  'aside',
  'nav',
  'li',
  'ul',
  'ol',
  'table',
  'tr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'br',
  'hr',
  'dd',
  'dt',
  'figure',
  'figcaption',
]);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg']);

export interface MarkupText {
  text: string;
  title: string | null;
  language: string | null;
  headings: { level: number; text: string }[];
}

export function htmlToText(html: string): MarkupText {
  let text = '';
  const found: { title: string | null; language: string | null } = { title: null, language: null };
  let skipDepth = 0;
  let inTitle = false;
  let heading: { level: number; text: string } | null = null;
  const headings: { level: number; text: string }[] = [];
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'html' && attrs.lang)
          found.language = attrs.lang.toLowerCase().split('-')[0] ?? null;
        if (name === 'title') inTitle = true;
        if (SKIP.has(name) && name !== 'head') skipDepth++;
        if (/^h[1-6]$/.test(name)) heading = { level: Number(name[1]), text: '' };
        if (BLOCK.has(name)) text += '\n\n';
        if (name === 'td' || name === 'th') text += ' ';
      },
      ontext(data) {
        if (inTitle) found.title = (found.title ?? '') + data;
        if (skipDepth > 0 || inTitle) return;
        text += data;
        if (heading) heading.text += data;
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false;
        if (SKIP.has(name) && name !== 'head') skipDepth--;
        if (heading && /^h[1-6]$/.test(name)) {
          headings.push({ level: heading.level, text: heading.text.replace(/\s+/g, ' ').trim() });
          heading = null;
        }
        if (BLOCK.has(name)) text += '\n\n';
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  const clean = text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/[ \t\r\n\f\v]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
  const firstHeading = headings.find((h) => h.level === 1)?.text ?? null;
  return {
    text: clean,
    title: found.title?.trim() || firstHeading,
    language: found.language,
    headings,
  };
}

export function markdownToText(markdown: string): MarkupText {
  const html = marked.parse(markdown, { async: false, gfm: true });
  const result = htmlToText(html);
  return { ...result, title: result.headings.find((h) => h.level === 1)?.text ?? null };
}
