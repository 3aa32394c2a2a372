// Markdown and HTML documents rendered for reading, sanitised by DOMPurify: no scripts, no
// styles or forms of their own, no images or links that would reach outside the app.
import DOMPurify from 'dompurify';
import { marked } from 'marked';

export type MarkupFormat = 'markdown' | 'html';

const purifier = DOMPurify(window);

purifier.addHook('afterSanitizeAttributes', (node) => {
  // Pictures come only from inside the document (data: URLs); anything else would be a request.
  if (node.tagName === 'IMG' && !/^data:image\//i.test(node.getAttribute('src') ?? ''))
    node.removeAttribute('src');
  if (node.tagName === 'A') {
    const target = node.getAttribute('href') ?? '';
    if (/^(https?:|mailto:)/i.test(target)) {
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    } else {
      // Relative links and anchors point into files and ids the reader does not keep.
      node.removeAttribute('href');
    }
  }
});

const FORBID_TAGS = [
  'style',
  'link',
  'meta',
  'base',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'iframe',
  'object',
  'embed',
  'video',
  'audio',
];
const FORBID_ATTR = ['style', 'srcset', 'id', 'name'];

export function renderMarkup(source: string, format: MarkupFormat): DocumentFragment {
  const html = format === 'markdown' ? marked.parse(source, { async: false, gfm: true }) : source;
  return purifier.sanitize(html, { FORBID_TAGS, FORBID_ATTR, RETURN_DOM_FRAGMENT: true });
}
