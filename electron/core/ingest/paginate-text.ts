/**
 * Splits a long text without pages (Markdown, HTML, plain text, Word) into page-sized sections at
 * paragraph breaks, so search hits point at a part of the document rather than all of it.
 */
export function paginateText(text: string, targetChars = 3000): string[] {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  const pages: string[] = [];
  let current = '';
  for (const paragraph of paragraphs) {
    if (current && current.length + paragraph.length > targetChars) {
      pages.push(current);
      current = '';
    }
    current = current ? `${current}\n\n${paragraph}` : paragraph;
  }
  if (current) pages.push(current);
  return pages;
}
