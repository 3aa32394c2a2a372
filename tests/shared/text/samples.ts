// Sentences in the library's languages, written for these tests, shared by the text and search
// tests.

export const SAMPLES = {
  en: 'Victims of human trafficking are entitled to protection, assistance and access to justice.',
  vi: 'Công an tỉnh Đồng Nai đã bảo vệ nạn nhân của tội phạm mua bán người.',
  th: 'กรมสอบสวนคดีพิเศษรับผิดชอบคดีการค้ามนุษย์ที่ซับซ้อนและข้ามชาติ',
  lo: 'ກະຊວງປ້ອງກັນຄວາມສະຫງົບໄດ້ສືບສວນຄະດີການຄ້າມະນຸດຢູ່ແຂວງຈຳປາສັກ',
  km: 'ក្រសួងមហាផ្ទៃបានស៊ើបអង្កេតករណីជួញដូរមនុស្សនៅខេត្តបាត់ដំបង',
  my: 'ရဲတပ်ဖွဲ့က လူကုန်ကူးမှုသည်ပြင်းထန်သောပြစ်မှုဖြစ်သည်ဟုဆိုသည်။',
  id: 'Korban perdagangan orang berhak atas perlindungan dan pemulihan.',
  fil: 'Ang mga biktima ng human trafficking ay may karapatan sa proteksyon.',
} as const;

export type SampleLanguage = keyof typeof SAMPLES;
