import { describe, expect, it } from 'vitest';
import { outlineTitles } from '#core/ingest/pdf/outline-title.ts';

const titleOnPage = (raw: string, page: string): string => outlineTitles([page])(raw, 1);

describe('outlineTitles', () => {
  it('puts back the space lost where a wrapped heading breaks its line', () => {
    const page =
      'Digital Evidence in Trafficking in Persons\nCases\nReport of the first national workshop';
    expect(titleOnPage('Digital Evidence in Trafficking in PersonsCases', page)).toBe(
      'Digital Evidence in Trafficking in Persons Cases',
    );
  });

  it('names a heading painted on two pages once', () => {
    const page =
      '6. Closing remarks\nParticipants noted that the workshop was the first of its kind.';
    expect(titleOnPage('6. Closing remarks6. Closing remarks', page)).toBe('6. Closing remarks');
    expect(
      titleOnPage(
        'Heading line oneand two' + 'Heading line oneand two',
        'Heading line one\nand two\nBody.',
      ),
    ).toBe('Heading line one and two');
  });

  it('keeps a title that the page itself shows repeated', () => {
    expect(titleOnPage('TalkTalk', 'TalkTalk\nA network name.')).toBe('TalkTalk');
  });

  it('adds no space inside Thai, Lao, Khmer or Burmese, nor after a hyphen at the end of a line', () => {
    expect(titleOnPage('การคุ้มครองผู้เสียหายจากการค้ามนุษย์', 'การคุ้มครองผู้เสียหาย\nจากการค้ามนุษย์')).toBe(
      'การคุ้มครองผู้เสียหายจากการค้ามนุษย์',
    );
    expect(titleOnPage('ការការពារជនរងគ្រោះ', 'ការការពារ\nជនរងគ្រោះ')).toBe('ការការពារជនរងគ្រោះ');
    expect(
      titleOnPage('Working with ASEAN-ACT partners', 'Working with ASEAN-\nACT partners'),
    ).toBe('Working with ASEAN-ACT partners');
  });

  it('leaves a title alone when its page does not show it, or it has no page', () => {
    expect(titleOnPage('Annex: forms and templates', 'Something else entirely')).toBe(
      'Annex: forms and templates',
    );
    expect(outlineTitles([])('Trafficking in PersonsCases', null)).toBe(
      'Trafficking in PersonsCases',
    );
    expect(outlineTitles(['A\nB'])('AB', 7)).toBe('AB');
  });

  it('cleans control characters and runs of whitespace out of every title', () => {
    expect(titleOnPage('\u0000Victim\r\nprotection\t\t standards\u0007 ', '')).toBe(
      'Victim protection standards',
    );
  });

  it('keeps spaces the title already has where the page breaks the line', () => {
    expect(titleOnPage('Mutual legal assistance', 'Mutual legal\nassistance')).toBe(
      'Mutual legal assistance',
    );
  });
});
