import { describe, expect, it } from 'vitest';
import { detectLanguage, guessLanguage, knownLanguages } from '#core/ingest/detect-language.ts';

// Sentences of the kind the library holds, two per language, each detected on its own.
const SENTENCES: Record<string, string[]> = {
  en: [
    'Victims of trafficking must be referred to protection services without delay, whether or not they agree to cooperate with the investigation.',
    'The court may hear a child witness by video link from a separate room so that the child never sees the accused.',
  ],
  vi: [
    'Nạn nhân của tội phạm mua bán người cần được hỗ trợ y tế, tâm lý và pháp lý ngay sau khi được giải cứu.',
    'Viện kiểm sát nhân dân tối cao là Cơ quan trung ương về tương trợ tư pháp trong lĩnh vực hình sự.',
  ],
  th: [
    'ผู้เสียหายจากการค้ามนุษย์ต้องได้รับความช่วยเหลือทางการแพทย์ ด้านจิตใจ และด้านกฎหมายโดยเร็วที่สุด',
    'ศาลจะสืบพยานเด็กในห้องสืบพยานเด็กที่แยกต่างหาก แล้วถ่ายทอดภาพและเสียงไปยังห้องพิจารณาคดี',
  ],
  lo: [
    'ຜູ້ເຄາະຮ້າຍຈາກການຄ້າມະນຸດຕ້ອງໄດ້ຮັບການຊ່ວຍເຫຼືອດ້ານການແພດ ດ້ານຈິດໃຈ ແລະ ດ້ານກົດໝາຍ ໂດຍໄວ.',
    'ແຮງງານລາວຫຼາຍຄົນໄປເຮັດວຽກຢູ່ປະເທດໄທ ໂດຍຜ່ານນາຍໜ້າທີ່ບໍ່ມີໃບອະນຸຍາດ.',
  ],
  km: [
    'ជនរងគ្រោះពីការជួញដូរមនុស្សត្រូវទទួលបានជំនួយផ្នែកវេជ្ជសាស្ត្រ ផ្លូវចិត្ត និងផ្លូវច្បាប់ភ្លាមៗ។',
    'ក្រសួងយុត្តិធម៌ដើរតួជាអាជ្ញាធរកណ្តាលសម្រាប់ទទួល និងផ្ញើសំណើសុំជំនួយគតិយុត្តិ។',
  ],
  my: [
    'လူကုန်ကူးခံရသူများသည် ဆေးကုသမှု၊ စိတ်ပိုင်းဆိုင်ရာ အကူအညီနှင့် ဥပဒေအကူအညီများကို ချက်ချင်း ရရှိသင့်သည်။',
    'ပွဲစားများသည် ကျေးရွာများမှ အမျိုးသမီးငယ်များကို အလုပ်အကိုင်ကောင်းများ ရှိသည်ဟု ကတိပေး၍ ခေါ်ဆောင်သွားကြသည်။',
  ],
  id: [
    'Korban tindak pidana perdagangan orang berhak memperoleh bantuan medis, psikologis, dan hukum segera setelah diselamatkan.',
    'Penyidik yang menyita telepon genggam wajib membuat berita acara penyitaan dan menyegel barang bukti tersebut.',
  ],
  ms: [
    'Majistret boleh mengeluarkan perintah perlindungan sementara selama dua puluh satu hari supaya mangsa ditempatkan di rumah perlindungan.',
    'Majikan hendaklah membayar gaji melalui akaun bank pekerja sendiri kerana pasport pekerja tidak boleh disimpan oleh majikan.',
  ],
  fil: [
    'Ang mga biktima ng human trafficking ay may karapatang makatanggap ng tulong medikal, sikolohikal at legal mula sa pamahalaan.',
    'Huwag ibigay ang inyong pasaporte sa sinumang recruiter at tiyakin na may lisensya ang ahensya.',
  ],
};

describe('detectLanguage', () => {
  for (const [language, sentences] of Object.entries(SENTENCES)) {
    it.each(sentences)(`detects ${language}: %s`, (sentence) => {
      expect(detectLanguage(sentence)).toBe(language);
    });
  }

  it('detects Vietnamese typed without tone marks', () => {
    expect(
      detectLanguage(
        'Nan nhan cua toi pham mua ban nguoi can duoc ho tro y te, tam ly va phap ly ngay sau khi duoc giai cuu.',
      ),
    ).toBe('vi');
  });

  it('lets the script with the most letters decide a text that mixes scripts', () => {
    expect(detectLanguage(`Telegram, LINE และ Facebook ${SENTENCES.th![0]}`)).toBe('th');
    expect(detectLanguage(`${SENTENCES.en![0]} Victim: ผู้เสียหาย, ຜູ້ເຄາະຮ້າຍ, ជនរងគ្រោះ.`)).toBe('en');
  });

  it('reads Latin-script text apart from the other scripts around it', () => {
    const glossary = `${SENTENCES.id![0]} ${'ការជួញដូរមនុស្ស '.repeat(3)}`;
    expect(detectLanguage(glossary)).toBe('id');
  });

  it("falls back to 'en' for text too short or without letters", () => {
    for (const text of ['', '   ', 'Hello', 'ok 123', '2024-05-01 12:00', '🙂🙂🙂', 'Zalo'])
      expect(detectLanguage(text)).toBe('en');
  });

  it('looks only at the opening of a very long text', () => {
    const long = `${SENTENCES.vi![0]} `.repeat(400) + SENTENCES.en![0]!.repeat(400);
    expect(detectLanguage(long)).toBe('vi');
  });

  it('refuses what is not a string', () => {
    expect(() => detectLanguage(null as unknown as string)).toThrow(/expects a string, got null/);
    expect(() => detectLanguage(42 as unknown as string)).toThrow(/got number/);
  });
});

describe('guessLanguage', () => {
  it('names one candidate when the text decides', () => {
    expect(guessLanguage(SENTENCES.vi![0]!)).toEqual({ language: 'vi', candidates: ['vi'] });
    expect(guessLanguage(SENTENCES.km![0]!)).toEqual({ language: 'km', candidates: ['km'] });
    expect(guessLanguage(SENTENCES.ms![1]!)).toEqual({ language: 'ms', candidates: ['ms'] });
  });

  it('names Indonesian and Malay when no word tells them apart', () => {
    const either = guessLanguage(
      'Pekerja migran yang menjadi mangsa atau korban perlu dilindungi oleh negara asal dan negara tujuan mereka.',
    );
    expect(either.candidates).toHaveLength(2);
    expect([...either.candidates].sort()).toEqual(['id', 'ms']);
    expect(either.language).toBe(either.candidates[0]);
  });

  it('names every known language, English first, when the text is too short to tell', () => {
    const guess = guessLanguage('Hà Nội, 2024');
    expect(guess.language).toBe('en');
    expect(guess.candidates[0]).toBe('en');
    expect(new Set(guess.candidates)).toEqual(knownLanguages);
  });
});
