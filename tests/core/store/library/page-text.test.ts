import { describe, expect, it } from 'vitest';
import { packPageText, unpackPageText } from '#core/store/library/page-text.ts';

describe('page text as stored', () => {
  it('gives back every text exactly, in every script of the region', () => {
    for (const text of [
      '',
      'a',
      'Court',
      'Trafficking in persons\n\nArticle 3. '.repeat(100),
      'Tòa án nhân dân tối cao – Nghị quyết hướng dẫn',
      'ศาลฎีกา คำพิพากษา การค้ามนุษย์',
      'ព្រះរាជាណាចក្រកម្ពុជា ការជួញដូរមនុស្ស',
      'မြန်မာနိုင်ငံ လူကုန်ကူးမှု တားဆီးရေး ဥပဒေ',
      'ສາທາລະນະລັດ ປະຊາທິປະໄຕ ປະຊາຊົນລາວ',
      'emoji 👩‍⚖️ and a lone surrogate-free symbol 𝔸',
    ]) {
      const { packed, textBytes } = packPageText(text);
      expect(textBytes).toBe(Buffer.byteLength(text));
      expect(unpackPageText(packed)).toBe(text);
    }
  });

  it('compresses a page of text, and never stores a short one larger than a byte more', () => {
    const page = 'The victim was recruited with a promise of work abroad. '.repeat(60);
    expect(packPageText(page).packed.length).toBeLessThan(Buffer.byteLength(page) / 10);
    expect(packPageText('').packed.length).toBe(0);
    expect(packPageText('ab').packed.length).toBe(3);
  });

  it('refuses a stored form it does not know, saying why', () => {
    expect(() => unpackPageText(Buffer.of(9, 1, 2))).toThrow(/newer version/);
  });
});
