// The bookmarks page's filter: a bookmark or highlight is kept when every word typed is in its
// note or quoted passage, whatever the case or accents.
import type { Bookmark } from '#shared/api.ts';
import type { Highlight } from '#shared/highlights.ts';

const fold = (text: string) =>
  text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase().normalize('NFC');

export function noteFilter(typed: string): {
  bookmark(b: Bookmark): boolean;
  highlight(h: Highlight): boolean;
} {
  const words = fold(typed).split(/\s+/).filter(Boolean);
  const matches = (text: string) => {
    const folded = fold(text);
    return words.every((word) => folded.includes(word));
  };
  return {
    bookmark: (b) => matches(b.note),
    highlight: (h) => matches(`${h.exact}\n${h.note}`),
  };
}
