// The static copy's words in each interface language: the exporter writes its pages with them and
// the copy's page script shows its menus and results with them, so a trainer can hand out a copy
// that speaks the classroom's language whatever language their own app is in. Numbers arrive
// already written for the language. A language the table lacks gets English.

export type CopyFacetName = 'country' | 'theme' | 'organisation' | 'type';

export interface CopyStrings {
  readonly title: string;
  readonly documents: (count: number, written: string) => string;
  readonly holdsLibrary: (documents: string, chosen: string | null) => string;
  readonly holdsList: (title: string, documents: string) => string;
  readonly madeBy: (by: string, on: string) => string;
  readonly listNoteLabel: string;
  readonly searchLabel: string;
  readonly searchButton: string;
  readonly noScript: (folder: string) => string;
  readonly back: string;
  readonly page: (page: string) => string;
  readonly facets: Readonly<Record<CopyFacetName, string>>;
  readonly all: string;
  readonly pdfPages: (count: number, written: string) => string;
  readonly noMatch: string;
  readonly firstShown: (documents: string, shown: string) => string;
  readonly atPage: (page: string) => string;
  readonly dataMissing: string;
  /** After a result whose best page was recognised from a scan. */
  readonly fromScan: string;
  /** Above a page whose text was recognised from a scan, with the recogniser's confidence. */
  readonly recognised: (confidence: string) => string;
}

const en: CopyStrings = {
  title: 'TIP Resource Portal — static copy',
  documents: (n, w) => (n === 1 ? `${w} document` : `${w} documents`),
  holdsLibrary: (d, chosen) =>
    `This copy holds ${d} of the TIP Resource Portal's library${chosen ? ` (${chosen})` : ''}.`,
  holdsList: (title, d) => `This copy holds the reading list “${title}”: ${d}.`,
  madeBy: (by, on) =>
    `Made by ${by} on ${on}. It opens in any browser without the internet; searches stay on this computer.`,
  listNoteLabel: 'Note on this reading list',
  searchLabel: 'Search',
  searchButton: 'Search',
  noScript: (folder) =>
    `Searching and browsing need JavaScript; the documents are in the folder “${folder}”.`,
  back: 'Back to the copy’s search',
  page: (p) => `Page ${p}`,
  facets: { country: 'Country', theme: 'Theme', organisation: 'Organisation', type: 'Type' },
  all: 'All',
  pdfPages: (n, w) => `PDF, ${w} page${n === 1 ? '' : 's'}`,
  noMatch: 'No documents match.',
  firstShown: (d, shown) => `${d} (the first ${shown} shown)`,
  atPage: (p) => ` — page ${p}`,
  dataMissing: 'The data of this copy did not load: copy the whole folder.',
  fromScan: ' (text recognised from a scan)',
  recognised: (c) => `Text recognised from a scan (confidence ${c} %): it may hold errors.`,
};

const vi: CopyStrings = {
  title: 'Cổng tài liệu TIP — bản sao tĩnh',
  documents: (_n, w) => `${w} tài liệu`,
  holdsLibrary: (d, chosen) =>
    `Bản sao này gồm ${d} của thư viện Cổng tài liệu TIP${chosen ? ` (${chosen})` : ''}.`,
  holdsList: (title, d) => `Bản sao này gồm danh sách đọc “${title}”: ${d}.`,
  madeBy: (by, on) =>
    `Do ${by} tạo ngày ${on}. Bản sao mở được bằng bất kỳ trình duyệt nào mà không cần Internet; việc tìm kiếm chỉ diễn ra trên máy tính này.`,
  listNoteLabel: 'Ghi chú về danh sách đọc này',
  searchLabel: 'Tìm kiếm',
  searchButton: 'Tìm',
  noScript: (folder) =>
    `Cần bật JavaScript để tìm kiếm và duyệt; các tài liệu nằm trong thư mục “${folder}”.`,
  back: 'Quay lại trang tìm kiếm của bản sao',
  page: (p) => `Trang ${p}`,
  facets: { country: 'Quốc gia', theme: 'Chủ đề', organisation: 'Tổ chức', type: 'Loại' },
  all: 'Tất cả',
  pdfPages: (_n, w) => `PDF, ${w} trang`,
  noMatch: 'Không có tài liệu nào khớp.',
  firstShown: (d, shown) => `${d} (hiển thị ${shown} tài liệu đầu tiên)`,
  atPage: (p) => ` — trang ${p}`,
  dataMissing: 'Không tải được dữ liệu của bản sao này: hãy sao chép toàn bộ thư mục.',
  fromScan: ' (văn bản nhận dạng từ bản scan)',
  recognised: (c) => `Văn bản được nhận dạng từ bản scan (độ tin cậy ${c} %): có thể có lỗi.`,
};

const th: CopyStrings = {
  title: 'TIP Resource Portal — สำเนาแบบคงที่',
  documents: (_n, w) => `เอกสาร ${w} ฉบับ`,
  holdsLibrary: (d, chosen) =>
    `สำเนานี้มี${d}จากคลังเอกสารของ TIP Resource Portal${chosen ? ` (${chosen})` : ''}`,
  holdsList: (title, d) => `สำเนานี้มีรายการเอกสารอ่าน “${title}”: ${d}`,
  madeBy: (by, on) =>
    `จัดทำโดย ${by} เมื่อ ${on} เปิดได้ในเบราว์เซอร์ใดก็ได้โดยไม่ต้องใช้อินเทอร์เน็ต การค้นหาเกิดขึ้นในคอมพิวเตอร์เครื่องนี้เท่านั้น`,
  listNoteLabel: 'บันทึกเกี่ยวกับรายการเอกสารอ่านนี้',
  searchLabel: 'ค้นหา',
  searchButton: 'ค้นหา',
  noScript: (folder) => `การค้นหาและการเรียกดูต้องใช้ JavaScript เอกสารอยู่ในโฟลเดอร์ “${folder}”`,
  back: 'กลับไปที่การค้นหาของสำเนา',
  page: (p) => `หน้า ${p}`,
  facets: { country: 'ประเทศ', theme: 'ประเด็น', organisation: 'หน่วยงาน', type: 'ประเภท' },
  all: 'ทั้งหมด',
  pdfPages: (_n, w) => `PDF ${w} หน้า`,
  noMatch: 'ไม่พบเอกสารที่ตรงกัน',
  firstShown: (d, shown) => `${d} (แสดง ${shown} ฉบับแรก)`,
  atPage: (p) => ` — หน้า ${p}`,
  dataMissing: 'โหลดข้อมูลของสำเนานี้ไม่ได้ โปรดคัดลอกทั้งโฟลเดอร์',
  fromScan: ' (ข้อความที่รู้จำจากภาพสแกน)',
  recognised: (c) => `ข้อความที่รู้จำจากภาพสแกน (ความมั่นใจ ${c} %): อาจมีข้อผิดพลาด`,
};

const lo: CopyStrings = {
  title: 'TIP Resource Portal — ສຳເນົາແບບຄົງທີ່',
  documents: (_n, w) => `ເອກະສານ ${w} ສະບັບ`,
  holdsLibrary: (d, chosen) =>
    `ສຳເນົານີ້ມີ${d}ຈາກຄັງເອກະສານຂອງ TIP Resource Portal${chosen ? ` (${chosen})` : ''}.`,
  holdsList: (title, d) => `ສຳເນົານີ້ມີລາຍການເອກະສານອ່ານ “${title}”: ${d}.`,
  madeBy: (by, on) =>
    `ສ້າງໂດຍ ${by} ວັນທີ ${on}. ເປີດໄດ້ໃນບຣາວເຊີໃດກໍໄດ້ໂດຍບໍ່ຕ້ອງໃຊ້ອິນເຕີເນັດ; ການຄົ້ນຫາເກີດຂຶ້ນໃນຄອມພິວເຕີເຄື່ອງນີ້ເທົ່ານັ້ນ.`,
  listNoteLabel: 'ບັນທຶກກ່ຽວກັບລາຍການເອກະສານອ່ານນີ້',
  searchLabel: 'ຄົ້ນຫາ',
  searchButton: 'ຄົ້ນຫາ',
  noScript: (folder) => `ການຄົ້ນຫາ ແລະ ການເບິ່ງຕ້ອງໃຊ້ JavaScript; ເອກະສານຢູ່ໃນໂຟນເດີ “${folder}”.`,
  back: 'ກັບໄປທີ່ການຄົ້ນຫາຂອງສຳເນົາ',
  page: (p) => `ໜ້າ ${p}`,
  facets: { country: 'ປະເທດ', theme: 'ຫົວຂໍ້', organisation: 'ອົງການ', type: 'ປະເພດ' },
  all: 'ທັງໝົດ',
  pdfPages: (_n, w) => `PDF ${w} ໜ້າ`,
  noMatch: 'ບໍ່ພົບເອກະສານທີ່ກົງກັນ.',
  firstShown: (d, shown) => `${d} (ສະແດງ ${shown} ສະບັບທຳອິດ)`,
  atPage: (p) => ` — ໜ້າ ${p}`,
  dataMissing: 'ໂຫຼດຂໍ້ມູນຂອງສຳເນົານີ້ບໍ່ໄດ້: ກະລຸນາສຳເນົາທັງໂຟນເດີ.',
  fromScan: ' (ຂໍ້ຄວາມທີ່ຈື່ຈຳຈາກພາບສະແກນ)',
  recognised: (c) => `ຂໍ້ຄວາມທີ່ຈື່ຈຳຈາກພາບສະແກນ (ຄວາມໝັ້ນໃຈ ${c} %): ອາດມີຂໍ້ຜິດພາດ.`,
};

const km: CopyStrings = {
  title: 'TIP Resource Portal — ច្បាប់ចម្លងឋិតិវន្ត',
  documents: (_n, w) => `ឯកសារចំនួន ${w}`,
  holdsLibrary: (d, chosen) =>
    `ច្បាប់ចម្លងនេះមាន${d} ពីបណ្ណាល័យរបស់ TIP Resource Portal${chosen ? ` (${chosen})` : ''}។`,
  holdsList: (title, d) => `ច្បាប់ចម្លងនេះមានបញ្ជីឯកសារអាន “${title}”៖ ${d}។`,
  madeBy: (by, on) =>
    `បង្កើតដោយ ${by} នៅថ្ងៃ ${on}។ វាបើកបានក្នុងកម្មវិធីរុករកណាមួយដោយគ្មានអ៊ីនធឺណិត ហើយការស្វែងរកកើតឡើងតែនៅលើកុំព្យូទ័រនេះប៉ុណ្ណោះ។`,
  listNoteLabel: 'កំណត់ចំណាំអំពីបញ្ជីឯកសារអាននេះ',
  searchLabel: 'ស្វែងរក',
  searchButton: 'ស្វែងរក',
  noScript: (folder) => `ការស្វែងរក និងការរុករកត្រូវការ JavaScript ហើយឯកសារស្ថិតនៅក្នុងថត “${folder}”។`,
  back: 'ត្រឡប់ទៅការស្វែងរករបស់ច្បាប់ចម្លង',
  page: (p) => `ទំព័រ ${p}`,
  facets: { country: 'ប្រទេស', theme: 'ប្រធានបទ', organisation: 'ស្ថាប័ន', type: 'ប្រភេទ' },
  all: 'ទាំងអស់',
  pdfPages: (_n, w) => `PDF ${w} ទំព័រ`,
  noMatch: 'គ្មានឯកសារត្រូវគ្នាទេ។',
  firstShown: (d, shown) => `${d} (បង្ហាញ ${shown} ដំបូង)`,
  atPage: (p) => ` — ទំព័រ ${p}`,
  dataMissing: 'មិនអាចផ្ទុកទិន្នន័យនៃច្បាប់ចម្លងនេះបានទេ៖ សូមចម្លងថតទាំងមូល។',
  fromScan: ' (អត្ថបទដែលសម្គាល់ពីការស្កេន)',
  recognised: (c) => `អត្ថបទដែលសម្គាល់ពីការស្កេន (ភាពជឿជាក់ ${c} %)៖ អាចមានកំហុស។`,
};

const id: CopyStrings = {
  title: 'Portal Rujukan TIP — salinan statis',
  documents: (_n, w) => `${w} dokumen`,
  holdsLibrary: (d, chosen) =>
    `Salinan ini berisi ${d} dari pustaka Portal Rujukan TIP${chosen ? ` (${chosen})` : ''}.`,
  holdsList: (title, d) => `Salinan ini berisi daftar bacaan “${title}”: ${d}.`,
  madeBy: (by, on) =>
    `Dibuat oleh ${by} pada ${on}. Salinan ini terbuka di peramban apa pun tanpa internet; pencarian tetap di komputer ini.`,
  listNoteLabel: 'Catatan tentang daftar bacaan ini',
  searchLabel: 'Cari',
  searchButton: 'Cari',
  noScript: (folder) =>
    `Pencarian dan penelusuran memerlukan JavaScript; dokumen ada di folder “${folder}”.`,
  back: 'Kembali ke pencarian salinan',
  page: (p) => `Halaman ${p}`,
  facets: { country: 'Negara', theme: 'Tema', organisation: 'Organisasi', type: 'Jenis' },
  all: 'Semua',
  pdfPages: (_n, w) => `PDF, ${w} halaman`,
  noMatch: 'Tidak ada dokumen yang cocok.',
  firstShown: (d, shown) => `${d} (${shown} pertama ditampilkan)`,
  atPage: (p) => ` — halaman ${p}`,
  dataMissing: 'Data salinan ini tidak termuat: salin seluruh folder.',
  fromScan: ' (teks dikenali dari pindaian)',
  recognised: (c) =>
    `Teks dikenali dari pindaian (keyakinan ${c} %): mungkin mengandung kesalahan.`,
};

const my: CopyStrings = {
  title: 'TIP အရင်းအမြစ် ပေါ်တယ် — တည်ငြိမ်မိတ္တူ',
  documents: (_n, w) => `စာတမ်း ${w} ခု`,
  holdsLibrary: (d, chosen) =>
    `ဤမိတ္တူတွင် TIP အရင်းအမြစ် ပေါ်တယ်၏ စာကြည့်တိုက်မှ ${d} ပါဝင်သည်${chosen ? ` (${chosen})` : ''}။`,
  holdsList: (title, d) => `ဤမိတ္တူတွင် ဖတ်စာစာရင်း “${title}” ပါဝင်သည်- ${d}။`,
  madeBy: (by, on) =>
    `${by} က ${on} တွင် ပြုလုပ်သည်။ အင်တာနက်မလိုဘဲ မည်သည့်ဘရောက်ဇာတွင်မဆို ဖွင့်နိုင်ပြီး ရှာဖွေမှုများသည် ဤကွန်ပျူတာပေါ်တွင်သာ ရှိသည်။`,
  listNoteLabel: 'ဤဖတ်စာစာရင်းအကြောင်း မှတ်စု',
  searchLabel: 'ရှာရန်',
  searchButton: 'ရှာရန်',
  noScript: (folder) =>
    `ရှာဖွေခြင်းနှင့် ကြည့်ရှုခြင်းအတွက် JavaScript လိုအပ်သည်။ စာတမ်းများသည် “${folder}” ဖိုင်တွဲထဲတွင် ရှိသည်။`,
  back: 'မိတ္တူ၏ ရှာဖွေမှုသို့ ပြန်သွားရန်',
  page: (p) => `စာမျက်နှာ ${p}`,
  facets: {
    country: 'နိုင်ငံ',
    theme: 'အကြောင်းအရာ',
    organisation: 'အဖွဲ့အစည်း',
    type: 'အမျိုးအစား',
  },
  all: 'အားလုံး',
  pdfPages: (_n, w) => `PDF၊ စာမျက်နှာ ${w} မျက်နှာ`,
  noMatch: 'ကိုက်ညီသော စာတမ်း မရှိပါ။',
  firstShown: (d, shown) => `${d} (ပထမ ${shown} ခုကို ပြသည်)`,
  atPage: (p) => ` — စာမျက်နှာ ${p}`,
  dataMissing: 'ဤမိတ္တူ၏ ဒေတာကို ဖွင့်၍ မရပါ- ဖိုင်တွဲတစ်ခုလုံးကို ကူးယူပါ။',
  fromScan: ' (စကင်ဖတ်ထားသည့်ပုံမှ မှတ်သားထားသော စာသား)',
  recognised: (c) => `စကင်ဖတ်ထားသည့်ပုံမှ မှတ်သားထားသော စာသား (ယုံကြည်မှု ${c} %)- အမှားများ ပါနိုင်သည်။`,
};

const ms: CopyStrings = {
  title: 'Portal Sumber TIP — salinan statik',
  documents: (_n, w) => `${w} dokumen`,
  holdsLibrary: (d, chosen) =>
    `Salinan ini mengandungi ${d} daripada perpustakaan Portal Sumber TIP${chosen ? ` (${chosen})` : ''}.`,
  holdsList: (title, d) => `Salinan ini mengandungi senarai bacaan “${title}”: ${d}.`,
  madeBy: (by, on) =>
    `Dibuat oleh ${by} pada ${on}. Ia dibuka dalam mana-mana pelayar tanpa internet; carian kekal di komputer ini.`,
  listNoteLabel: 'Nota tentang senarai bacaan ini',
  searchLabel: 'Cari',
  searchButton: 'Cari',
  noScript: (folder) =>
    `Carian dan semakan imbas memerlukan JavaScript; dokumen berada dalam folder “${folder}”.`,
  back: 'Kembali ke carian salinan',
  page: (p) => `Halaman ${p}`,
  facets: { country: 'Negara', theme: 'Tema', organisation: 'Organisasi', type: 'Jenis' },
  all: 'Semua',
  pdfPages: (_n, w) => `PDF, ${w} halaman`,
  noMatch: 'Tiada dokumen sepadan.',
  firstShown: (d, shown) => `${d} (${shown} yang pertama dipaparkan)`,
  atPage: (p) => ` — halaman ${p}`,
  dataMissing: 'Data salinan ini tidak dimuatkan: salin seluruh folder.',
  fromScan: ' (teks dicam daripada imbasan)',
  recognised: (c) =>
    `Teks dicam daripada imbasan (keyakinan ${c} %): mungkin mengandungi kesilapan.`,
};

const fil: CopyStrings = {
  title: 'TIP Resource Portal — static copy',
  documents: (n, w) => (n === 1 ? `${w} dokumento` : `${w} na dokumento`),
  holdsLibrary: (d, chosen) =>
    `Naglalaman ang kopyang ito ng ${d} mula sa aklatan ng TIP Resource Portal${chosen ? ` (${chosen})` : ''}.`,
  holdsList: (title, d) =>
    `Naglalaman ang kopyang ito ng listahan ng babasahin na “${title}”: ${d}.`,
  madeBy: (by, on) =>
    `Ginawa ni ${by} noong ${on}. Bumubukas ito sa anumang browser nang walang internet; nananatili sa computer na ito ang mga paghahanap.`,
  listNoteLabel: 'Tala tungkol sa listahan ng babasahing ito',
  searchLabel: 'Maghanap',
  searchButton: 'Maghanap',
  noScript: (folder) =>
    `Kailangan ng JavaScript para maghanap at mag-browse; nasa folder na “${folder}” ang mga dokumento.`,
  back: 'Bumalik sa paghahanap ng kopya',
  page: (p) => `Pahina ${p}`,
  facets: { country: 'Bansa', theme: 'Tema', organisation: 'Organisasyon', type: 'Uri' },
  all: 'Lahat',
  pdfPages: (n, w) => `PDF, ${w} ${n === 1 ? 'pahina' : 'na pahina'}`,
  noMatch: 'Walang dokumentong tumutugma.',
  firstShown: (d, shown) => `${d} (ipinapakita ang unang ${shown})`,
  atPage: (p) => ` — pahina ${p}`,
  dataMissing: 'Hindi na-load ang data ng kopyang ito: kopyahin ang buong folder.',
  fromScan: ' (tekstong kinilala mula sa scan)',
  recognised: (c) => `Tekstong kinilala mula sa scan (katiyakan ${c} %): maaaring may mga mali.`,
};

export const COPY_STRINGS = { en, vi, th, lo, km, id, my, ms, fil } as const;

export type CopyLanguage = keyof typeof COPY_STRINGS;

export const DEFAULT_COPY_LANGUAGE: CopyLanguage = 'en';

export function isCopyLanguage(code: string): code is CopyLanguage {
  return Object.hasOwn(COPY_STRINGS, code);
}

export function copyStrings(language: string): CopyStrings {
  return isCopyLanguage(language) ? COPY_STRINGS[language] : en;
}

/** A number as the copy's language writes it, as the interface writes it. */
export function copyNumber(value: number, language: string): string {
  return new Intl.NumberFormat(language).format(value);
}

/** A calendar day ("2026-12-07") in the copy's language, Gregorian as the interface shows it. */
export function copyDay(isoDay: string, language: string): string {
  return new Intl.DateTimeFormat(language, {
    dateStyle: 'long',
    timeZone: 'UTC',
    calendar: 'gregory',
  }).format(new Date(`${isoDay}T00:00:00Z`));
}
