// Markdown and HTML documents rendered for reading, sanitised by DOMPurify: no scripts, no
// styles or forms of their own, no images or links that would reach outside the app.
import DOMPurify from 'dompurify';
import { marked } from 'marked';
import { isOutsideLink, keepsAttribute } from './markup-references.ts';

export type MarkupFormat = 'markdown' | 'html';

const purifier = DOMPurify(window);

purifier.addHook('uponSanitizeAttribute', (node, data) => {
  if (!keepsAttribute(node, data.attrName, data.attrValue)) data.keepAttr = false;
});

purifier.addHook('afterSanitizeAttributes', (node) => {
  if (isOutsideLink(node) && node.hasAttribute('href')) {
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
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
