import { describe, expect, it } from 'vitest';
import { pageBoxText, pageOfEntry, shownLabels } from '#renderer/reader/pdf/page-labels.ts';

/** The labels of tests/fixtures/pdf/page-labels.pdf: front matter, body, an annex. */
const REPORT = ['i', 'ii', '1', '2', '3', 'A-1'];

describe('shownLabels', () => {
  it('keeps printed labels that differ from the page numbers', () => {
    expect(shownLabels(REPORT, 6)).toEqual(REPORT);
    expect(shownLabels(['Cover', null, '1'], 3)).toEqual(['Cover', null, '1']);
  });

  it('shows none where the PDF has none, only repeats the numbers, or does not fit the pages', () => {
    expect(shownLabels(null, 6)).toBeNull();
    expect(shownLabels(undefined, 6)).toBeNull();
    expect(shownLabels(['1', '2', '3'], 3)).toBeNull();
    expect(shownLabels([null, '2', null], 3)).toBeNull();
    expect(shownLabels(REPORT, 7)).toBeNull();
  });
});

describe('pageOfEntry', () => {
  it('goes to the page printed with the label typed, whatever its case and spaces', () => {
    expect(pageOfEntry('ii', REPORT, 6)).toBe(2);
    expect(pageOfEntry(' II ', REPORT, 6)).toBe(2);
    expect(pageOfEntry('a-1', REPORT, 6)).toBe(6);
  });

  it('reads a number as the printed page first, then as a count from the first page', () => {
    expect(pageOfEntry('3', REPORT, 6)).toBe(5);
    expect(pageOfEntry('5', REPORT, 6)).toBe(5);
    expect(pageOfEntry('6', REPORT, 6)).toBe(6);
    expect(pageOfEntry('4', null, 6)).toBe(4);
  });

  it('keeps a number beyond the document within it', () => {
    expect(pageOfEntry('0', null, 6)).toBe(1);
    expect(pageOfEntry('70', REPORT, 6)).toBe(6);
  });

  it('finds no page for an unknown label, an empty box or a number that is not whole', () => {
    expect(pageOfEntry('xiv', REPORT, 6)).toBeNull();
    expect(pageOfEntry('', REPORT, 6)).toBeNull();
    expect(pageOfEntry('   ', null, 6)).toBeNull();
    expect(pageOfEntry('2.5', null, 6)).toBeNull();
    expect(pageOfEntry('-1', null, 6)).toBeNull();
    expect(pageOfEntry('1', null, 0)).toBeNull();
  });
});

describe('pageBoxText', () => {
  it('shows the label of the page, or its number where it has none', () => {
    expect(pageBoxText(1, REPORT)).toBe('i');
    expect(pageBoxText(6, REPORT)).toBe('A-1');
    expect(pageBoxText(2, ['Cover', null, '1'])).toBe('2');
    expect(pageBoxText(4, null)).toBe('4');
  });
});
