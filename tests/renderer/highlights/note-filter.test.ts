import { describe, expect, it } from 'vitest';
import type { Bookmark } from '#shared/api.ts';
import type { Highlight } from '#shared/highlights.ts';
import { noteFilter } from '#renderer/highlights/note-filter.ts';

const bookmark = { note: 'Cite in the Savannakhet appeal' } as Bookmark;
const highlight = { exact: 'Tòa án có thể xét xử kín', note: 'Phiên tòa kín' } as Highlight;

describe('noteFilter', () => {
  it('keeps what has every word typed, in a note or a quoted passage, whatever case or accents', () => {
    expect(noteFilter('savannakhet APPEAL').bookmark(bookmark)).toBe(true);
    expect(noteFilter('toa an').highlight(highlight)).toBe(true);
    expect(noteFilter('phiên kín').highlight(highlight)).toBe(true);
    expect(noteFilter('appeal court').bookmark(bookmark)).toBe(false);
    expect(noteFilter('savannakhet').highlight(highlight)).toBe(false);
  });

  it('keeps everything for an empty filter', () => {
    expect(noteFilter('  ').bookmark(bookmark)).toBe(true);
    expect(noteFilter('').highlight(highlight)).toBe(true);
  });
});
