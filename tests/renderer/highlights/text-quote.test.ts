import { describe, expect, it } from 'vitest';
import {
  collapsedOffset,
  collapseWhitespace,
  describeQuote,
  locateQuote,
  originalSpan,
} from '#renderer/highlights/text-quote.ts';
import { MAX_QUOTE_LENGTH } from '#shared/highlights.ts';

const PAGE =
  'Article 12. The court may hear the victim by video link. ' +
  'Where the victim is a child, the court may hear the victim by video link ' +
  'without the accused in the room.';

function quoteOf(text: string, exact: string, from = 0) {
  const start = text.indexOf(exact, from);
  const described = describeQuote(text, start, start + exact.length);
  if (!described.ok) throw new Error(described.reason);
  return described.quote;
}

describe('collapseWhitespace', () => {
  it('makes every run of whitespace one space and maps back to the original', () => {
    const collapsed = collapseWhitespace('may  hear\n the\tvictim');
    expect(collapsed.text).toBe('may hear the victim');
    expect(originalSpan(collapsed, 4, 8)).toEqual({ start: 5, end: 9 });
    expect(collapsedOffset(collapsed, 9)).toBe(8);
    expect(collapsedOffset(collapsed, 10)).toBe(9);
    expect(collapsedOffset(collapsed, 12)).toBe(10);
  });
});

describe('describeQuote', () => {
  it('keeps the quote without its outer spaces, with up to 32 characters either side', () => {
    const start = PAGE.indexOf(' Where');
    const described = describeQuote(PAGE, start, start + 24);
    expect(described).toEqual({
      ok: true,
      quote: {
        prefix: PAGE.slice(start + 1 - 32, start + 1),
        exact: 'Where the victim is a c',
        suffix: PAGE.slice(start + 24, start + 24 + 32),
        start: start + 1,
      },
    });
  });

  it('keeps the quote in NFC', () => {
    const text = 'Toà án nhân dân tối cao'.normalize('NFD');
    const described = describeQuote(text, 0, text.length);
    expect(described.ok && described.quote.exact).toBe('Toà án nhân dân tối cao'.normalize('NFC'));
  });

  it('refuses an empty selection and one over the cap', () => {
    expect(describeQuote('a    b', 1, 4)).toEqual({ ok: false, reason: 'empty' });
    const long = 'x'.repeat(MAX_QUOTE_LENGTH + 1);
    expect(describeQuote(long, 0, long.length)).toEqual({ ok: false, reason: 'too-long' });
  });
});

describe('locateQuote', () => {
  it('finds the occurrence the context points to, not the first one', () => {
    const second = quoteOf(PAGE, 'the court may hear the victim by video link');
    expect(second.start).toBeGreaterThan(60);
    expect(locateQuote(PAGE, second)).toEqual({
      start: second.start,
      end: second.start + second.exact.length,
    });
    const firstStart = PAGE.indexOf('court may hear');
    const first = quoteOf(PAGE, 'court may hear');
    expect(locateQuote(PAGE, first)?.start).toBe(firstStart);
  });

  it('uses the context before the offset hint, so a page with text added above still matches', () => {
    const quote = quoteOf(PAGE, 'court may hear', 60);
    const shifted = `A new heading on the page. ${PAGE}`;
    expect(locateQuote(shifted, quote)?.start).toBe(shifted.indexOf('court may hear', 80));
  });

  it('matches across line breaks drawn in other places', () => {
    const quote = quoteOf(PAGE, 'without the accused in the room');
    const redrawn = collapseWhitespace(PAGE.replace('accused in', 'accused\n   in')).text;
    expect(locateQuote(redrawn, quote)).not.toBeNull();
  });

  it('finds a quote in NFC on a page whose text is not', () => {
    const page = 'Điều 12. Tòa án có thể nghe nạn nhân';
    const quote = quoteOf(page.normalize('NFC'), 'Tòa án');
    expect(locateQuote(page.normalize('NFC'), quote)).not.toBeNull();
  });

  it('answers null when the page no longer has the quote', () => {
    expect(locateQuote(PAGE, { ...quoteOf(PAGE, 'video link'), exact: 'closed hearing' })).toBe(
      null,
    );
  });
});
