// Which attributes of a sanitised document may keep an address. A document may only show pictures
// it carries itself (data: URLs) and link to web and mail addresses from an HTML <a>, which opens
// outside the reader; everything else that would load or navigate (an SVG link, a remote picture
// in HTML or SVG, a table's background, an SVG fill="url(…)") is dropped. Names are compared
// lower-cased with the element's namespace: SVG keeps its own case ("a", "feImage") where HTML
// reports "A", so an upper-case comparison lets SVG through.
const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';
const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';

const INLINE_PICTURE = /^\s*data:image\//i;
const OUTSIDE_LINK = /^\s*(https?:|mailto:)/i;

/** Attributes that load or navigate to an address wherever they appear. */
const ADDRESS_ATTRIBUTES = new Set([
  'src',
  'srcset',
  'href',
  'xlink:href',
  'background',
  'poster',
  'lowsrc',
  'dynsrc',
  'ping',
  'action',
  'formaction',
  'data',
  'codebase',
]);

// SVG's presentation attributes are CSS, where url(), its relatives and escapes (\75rl) fetch.
const CSS_ADDRESS = /(url|src|image-set|image)\s*\(|\\/i;

export interface MarkupElement {
  namespaceURI: string | null;
  localName: string;
}

export function keepsAttribute(element: MarkupElement, attribute: string, value: string): boolean {
  const name = element.localName.toLowerCase();
  const attr = attribute.toLowerCase();
  const html = element.namespaceURI === HTML_NAMESPACE;
  const svg = element.namespaceURI === SVG_NAMESPACE;
  if (html && name === 'a' && attr === 'href') return OUTSIDE_LINK.test(value);
  if (html && name === 'img' && attr === 'src') return INLINE_PICTURE.test(value);
  if (svg && name === 'image' && (attr === 'href' || attr === 'xlink:href'))
    return INLINE_PICTURE.test(value);
  if (ADDRESS_ATTRIBUTES.has(attr)) return false;
  return html || !CSS_ADDRESS.test(value);
}

/** An HTML link that survived sanitising: it opens outside the reader. */
export function isOutsideLink(element: MarkupElement): boolean {
  return element.namespaceURI === HTML_NAMESPACE && element.localName.toLowerCase() === 'a';
}
