import { describe, expect, it } from 'vitest';
import { formatCitation, publisherOf } from '#shared/citation.ts';

const guidelines = {
  title: 'Guidelines for Victim-Sensitive Courts',
  year: 2022,
  organisations: [
    { id: 'aseanact', name: 'ASEAN-ACT', role: 'partner' as const },
    { id: 'la-psc', name: "People's Supreme Court of Lao PDR", role: 'publisher' as const },
  ],
};

describe('formatCitation', () => {
  it('gives title, publisher, year and page', () => {
    expect(formatCitation(guidelines, 4)).toBe(
      "Guidelines for Victim-Sensitive Courts (People's Supreme Court of Lao PDR, 2022), p. 4",
    );
  });

  it('leaves out what the document does not say', () => {
    expect(formatCitation({ ...guidelines, organisations: [] }, 4)).toBe(
      'Guidelines for Victim-Sensitive Courts (2022), p. 4',
    );
    expect(formatCitation({ ...guidelines, year: null }, null)).toBe(
      "Guidelines for Victim-Sensitive Courts (People's Supreme Court of Lao PDR)",
    );
    expect(
      formatCitation({ title: ' Note ', year: null, organisations: [] }, 2, { page: 'tr.' }),
    ).toBe('Note, tr. 2');
  });

  it('finds the publisher among the organisations', () => {
    expect(publisherOf(guidelines)).toBe("People's Supreme Court of Lao PDR");
    expect(publisherOf({ organisations: [] })).toBeNull();
  });
});
