// A highlight's document cited at its page as plain text, in the style and language the reader
// chose for every citation (document/use-cite.ts). A highlight keeps its page's number only.
import { citationText, useCite } from '../document/use-cite.ts';
import type { CiteAt } from './export-markdown.ts';

export function useCiteAt(): CiteAt {
  const cite = useCite();
  return (document, page) => citationText(cite(document, { number: page }));
}
