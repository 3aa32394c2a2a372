import { describe, expect, it } from 'vitest';
import { citationParts, citedPage, formatCitation, pageName } from '#shared/citation.ts';
import type { CitationOptions } from '#shared/citation.ts';
import type { DocumentOrganisation } from '#shared/types.ts';

const guidelines = {
  title: 'Guidelines for Victim-Sensitive Courts',
  year: 2022,
  organisations: [
    { id: 'asean-act', name: 'ASEAN-Australia Counter Trafficking (ASEAN-ACT)', role: 'partner' },
    { id: 'la-psc', name: "People's Supreme Court of Lao PDR", role: 'publisher' },
  ] satisfies DocumentOrganisation[],
};

const handbook = {
  title: 'Handbook on Mutual Legal Assistance in Trafficking in Persons Cases',
  year: 2022,
  organisations: [
    { id: 'vn-spp', name: "Supreme People's Procuracy (Viet Nam)", role: 'publisher' },
  ] satisfies DocumentOrganisation[],
};

const brief = {
  title: 'Regional Brief 2022.',
  year: null,
  organisations: [
    { id: 'asean-act', name: 'ASEAN-Australia Counter Trafficking (ASEAN-ACT)', role: 'publisher' },
  ] satisfies DocumentOrganisation[],
};

const english = (style: CitationOptions['style']): CitationOptions => ({
  style,
  words: { page: 'p.', noDate: 'n.d.' },
});

const VIETNAMESE_NAMES: Record<string, string> = {
  'vn-spp': 'Viện kiểm sát nhân dân tối cao',
};

const vietnamese = (style: CitationOptions['style']): CitationOptions => ({
  style,
  words: { page: 'tr.', noDate: 'không rõ năm' },
  organisationName: (o) => VIETNAMESE_NAMES[o.id] ?? o.name,
});

/** No "((", "))" or a parenthesis opened inside another in any citation. */
function expectNoDoubledParentheses(text: string) {
  let depth = 0;
  for (const character of text) {
    if (character === '(') depth += 1;
    if (character === ')') depth -= 1;
    expect(depth, text).toBeGreaterThanOrEqual(0);
    expect(depth, text).toBeLessThanOrEqual(1);
  }
  expect(depth, text).toBe(0);
}

describe('the plain style', () => {
  it('gives title, publisher, year and page', () => {
    expect(formatCitation(guidelines, { number: 4 })).toBe(
      "Guidelines for Victim-Sensitive Courts (People's Supreme Court of Lao PDR, 2022), p. 4",
    );
  });

  it('cites the page by its printed label where the file gives one', () => {
    expect(formatCitation(guidelines, { number: 7, label: 'iii' })).toMatch(/, p\. iii$/);
    expect(formatCitation(guidelines, { number: 7, label: ' ' })).toMatch(/, p\. 7$/);
  });

  it('writes a parenthesis inside the source as square brackets, never doubled', () => {
    const cited = formatCitation(handbook, { number: 12 });
    expect(cited).toBe(
      "Handbook on Mutual Legal Assistance in Trafficking in Persons Cases (Supreme People's Procuracy [Viet Nam], 2022), p. 12",
    );
    expectNoDoubledParentheses(cited);
  });

  it('cites an undated document "n.d." and drops the period that ends a title', () => {
    expect(formatCitation(brief, null)).toBe(
      'Regional Brief 2022 (ASEAN-Australia Counter Trafficking [ASEAN-ACT], n.d.)',
    );
  });

  it('takes the source after a comma when the title closes with a parenthesis', () => {
    const cited = formatCitation(
      { ...guidelines, title: 'Guidelines for Victim-Sensitive Courts (Lao PDR)' },
      { number: 3 },
    );
    expect(cited).toBe(
      "Guidelines for Victim-Sensitive Courts (Lao PDR), People's Supreme Court of Lao PDR, 2022, p. 3",
    );
  });

  it('leaves out what the document does not say', () => {
    expect(formatCitation({ ...guidelines, organisations: [] }, { number: 4 })).toBe(
      'Guidelines for Victim-Sensitive Courts (2022), p. 4',
    );
    expect(formatCitation({ title: ' Note ', year: null, organisations: [] }, null)).toBe(
      'Note (n.d.)',
    );
  });

  it('speaks the citation’s language: its words and the organisation’s name', () => {
    expect(formatCitation(handbook, { number: 5, label: '5' }, vietnamese('plain'))).toBe(
      'Handbook on Mutual Legal Assistance in Trafficking in Persons Cases (Viện kiểm sát nhân dân tối cao, 2022), tr. 5',
    );
    expect(formatCitation({ ...handbook, year: null }, null, vietnamese('plain'))).toMatch(
      /\(Viện kiểm sát nhân dân tối cao, không rõ năm\)$/,
    );
  });
});

describe('the APA style (7th edition, reports)', () => {
  it('cites the publishing organisation as author, the year, the title in italics and the page', () => {
    expect(citationParts(guidelines, { number: 4, label: '12' }, english('apa'))).toEqual([
      { text: "People's Supreme Court of Lao PDR. (2022). ", italic: false },
      { text: 'Guidelines for Victim-Sensitive Courts', italic: true },
      { text: ' (p. 12).', italic: false },
    ]);
    expect(formatCitation(guidelines, null, english('apa'))).toBe(
      "People's Supreme Court of Lao PDR. (2022). Guidelines for Victim-Sensitive Courts.",
    );
  });

  it('drops an abbreviation after the author’s name and never doubles parentheses', () => {
    const cited = formatCitation(brief, { number: 2 }, english('apa'));
    expect(cited).toBe('ASEAN-Australia Counter Trafficking. (n.d.). Regional Brief 2022 (p. 2).');
    expectNoDoubledParentheses(cited);
    const qualified = formatCitation(handbook, null, english('apa'));
    expect(qualified).toBe(
      "Supreme People's Procuracy [Viet Nam]. (2022). Handbook on Mutual Legal Assistance in Trafficking in Persons Cases.",
    );
  });

  it('keeps one period where the title or the author already ends with one', () => {
    expect(formatCitation(brief, null, english('apa'))).toBe(
      'ASEAN-Australia Counter Trafficking. (n.d.). Regional Brief 2022.',
    );
    const company = {
      title: 'Who Recruits Migrant Workers?',
      year: 2021,
      organisations: [{ id: 'x', name: 'Labour Rights Co.', role: 'publisher' as const }],
    };
    expect(formatCitation(company, null, english('apa'))).toBe(
      'Labour Rights Co. (2021). Who Recruits Migrant Workers?',
    );
  });

  it('puts the title first when no organisation published the document', () => {
    expect(formatCitation({ ...guidelines, organisations: [] }, null, english('apa'))).toBe(
      'Guidelines for Victim-Sensitive Courts. (2022).',
    );
    expect(
      citationParts(
        { title: 'Note', year: null, organisations: [] },
        { number: 1 },
        english('apa'),
      ),
    ).toEqual([
      { text: 'Note', italic: true },
      { text: ' (p. 1).', italic: false },
      { text: ' (n.d.).', italic: false },
    ]);
  });

  it('joins two publishers with "&"', () => {
    const joint = {
      ...guidelines,
      organisations: [
        { id: 'a', name: 'Ministry of Justice', role: 'publisher' as const },
        { id: 'b', name: 'Office of the Judiciary', role: 'publisher' as const },
      ],
    };
    expect(formatCitation(joint, null, english('apa'))).toMatch(
      /^Ministry of Justice, & Office of the Judiciary\. \(2022\)\./,
    );
  });

  it('speaks the citation’s language: its words and the organisation’s name', () => {
    expect(formatCitation(handbook, { number: 3, label: 'iii' }, vietnamese('apa'))).toBe(
      'Viện kiểm sát nhân dân tối cao. (2022). Handbook on Mutual Legal Assistance in Trafficking in Persons Cases (tr. iii).',
    );
  });
});

describe('pages', () => {
  it('names a page by its label, else its number', () => {
    expect(pageName({ number: 3, label: 'iii' })).toBe('iii');
    expect(pageName({ number: 3, label: null })).toBe('3');
    expect(pageName({ number: 3 })).toBe('3');
  });

  it('finds a page’s label among the document’s labels', () => {
    expect(citedPage(2, ['i', 'ii', '1'])).toEqual({ number: 2, label: 'ii' });
    expect(citedPage(9, ['i', 'ii', '1'])).toEqual({ number: 9, label: null });
    expect(citedPage(2, null)).toEqual({ number: 2, label: null });
    expect(citedPage(null, ['i'])).toBeNull();
  });
});
