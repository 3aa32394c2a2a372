// The region's languages for the benchmark corpus: for each, its words of the field, the same
// eight topics as the English prose, function words, syllables for a long tail of rare words, and
// how it is written (Thai, Lao, Khmer and Burmese run words together and space only clauses).
// Shares are of documents and stand for a regional collection: English most, then the national
// languages of the largest publishers.

export interface RegionLanguage {
  /** The document's language code, as the catalogue records it. */
  code: string;
  name: string;
  /** Share of the documents, in per cent. */
  share: number;
  general: readonly string[];
  /** One word list per topic, in the order of the English topics. */
  topics: readonly (readonly string[])[];
  functionWords: readonly string[];
  syllables: readonly string[];
  /** Between words: a space, or nothing for scripts written without spaces between words. */
  wordGap: string;
  /** Ends a sentence. */
  stop: string;
  capitalise: boolean;
}

const words = (list: string) => list.split(',').map((w) => w.trim());

export const VIETNAMESE: RegionLanguage = {
  code: 'vi',
  name: 'Vietnamese',
  share: 12,
  general: words(
    'buôn bán người, nạn nhân, bảo vệ, vụ án, pháp luật, quốc gia, khu vực, báo cáo, chính sách, ' +
      'hướng dẫn, công lý, bộ, cơ quan, công an, điều tra, xác định, bóc lột, hỗ trợ, cán bộ, hợp tác, ' +
      'dữ liệu, đào tạo, ban chỉ đạo',
  ),
  topics: [
    words(
      'tàu cá, thuyền viên, lao động cưỡng bức, nợ, hộ chiếu, tuyển dụng, môi giới, di cư, người lao động, tiền lương',
    ),
    words(
      'bằng chứng điện tử, trực tuyến, lừa đảo, khu phức hợp, điện thoại, nền tảng, mạng xã hội, thu giữ, pháp y',
    ),
    words(
      'tòa án, thẩm phán, kiểm sát viên, truy tố, phiên tòa, xét xử, kháng cáo, bản án, hình phạt, bào chữa',
    ),
    words(
      'nhà tạm lánh, chuyển tuyến, sang chấn, người sống sót, tư vấn, tái hòa nhập, bồi thường',
    ),
    words('nhân chứng, lời khai, phỏng vấn, phiên dịch, biên bản, ghi âm'),
    words('tương trợ tư pháp, yêu cầu, dẫn độ, biên giới, công ước, điều, hiệp định'),
    words('trẻ em, tình dục, giới, khuyết tật, hòa nhập, trẻ em gái, kết hôn, người giám hộ'),
    words('nghiên cứu, khảo sát, bộ công cụ, chỉ số, người tham gia, hội thảo, kết quả, mẫu'),
  ],
  functionWords: words(
    'của, và, là, trong, cho, với, các, những, được, có, không, này, đã, để, về, từ, theo, bạn, má, mã, ma',
  ),
  syllables: words(
    'ba, lê, mi, rơ, tư, sú, nô, vị, pha, đề, rì, gô, hà, nê, tủ, mạ, sĩ, bổ, lễ, phá',
  ),
  wordGap: ' ',
  stop: '.',
  capitalise: true,
};

export const THAI: RegionLanguage = {
  code: 'th',
  name: 'Thai',
  share: 12,
  general: words(
    'การค้ามนุษย์, ผู้เสียหาย, การคุ้มครอง, คดี, กฎหมาย, ระดับชาติ, ภูมิภาค, รายงาน, นโยบาย, แนวทาง, ' +
      'ยุติธรรม, กระทรวง, หน่วยงาน, ตำรวจ, การสอบสวน, การคัดแยก, การแสวงประโยชน์, ความช่วยเหลือ, เจ้าหน้าที่, ความร่วมมือ',
  ),
  topics: [
    words('เรือประมง, ลูกเรือ, แรงงานบังคับ, หนี้, หนังสือเดินทาง, การจัดหางาน, นายหน้า, แรงงานข้ามชาติ, ค่าจ้าง'),
    words(
      'หลักฐานดิจิทัล, ออนไลน์, หลอกลวง, แก๊งคอลเซ็นเตอร์, โทรศัพท์, แพลตฟอร์ม, สื่อสังคม, การยึด, นิติวิทยาศาสตร์',
    ),
    words('ศาล, ผู้พิพากษา, พนักงานอัยการ, การฟ้องคดี, การพิจารณาคดี, อุทธรณ์, คำพิพากษา, โทษ, ทนายความ'),
    words('สถานคุ้มครอง, การส่งต่อ, บาดแผลทางใจ, ผู้รอดชีวิต, การให้คำปรึกษา, การคืนสู่สังคม, ค่าชดเชย'),
    words('พยาน, คำให้การ, การสัมภาษณ์, ล่าม, บันทึกถ้อยคำ, การบันทึกเสียง'),
    words('ความช่วยเหลือซึ่งกันและกัน, คำร้องขอ, การส่งผู้ร้ายข้ามแดน, ชายแดน, อนุสัญญา, สนธิสัญญา'),
    words('เด็ก, ทางเพศ, เพศภาวะ, ความพิการ, เด็กหญิง, เด็กชาย, การแต่งงาน, ผู้ปกครอง'),
    words('การวิจัย, การสำรวจ, คู่มือ, ตัวชี้วัด, ผู้เข้าร่วม, การประชุมเชิงปฏิบัติการ, ผลการศึกษา'),
  ],
  functionWords: words('และ, ของ, ใน, ที่, เป็น, ได้, ให้, กับ, จาก, โดย, ซึ่ง, การ, มี, ไม่'),
  syllables: words('กา, ลอ, มิ, รา, เต, สุ, โน, วิ, ปา, เด, ริ, โก, หา, เน, ตุ, มา, สี, บอ, เล, ฟา'),
  wordGap: '',
  stop: ' ',
  capitalise: false,
};

export const LAO: RegionLanguage = {
  code: 'lo',
  name: 'Lao',
  share: 6,
  general: words(
    'ການຄ້າມະນຸດ, ຜູ້ເຄາະຮ້າຍ, ການປົກປ້ອງ, ຄະດີ, ກົດໝາຍ, ແຫ່ງຊາດ, ພາກພື້ນ, ບົດລາຍງານ, ນະໂຍບາຍ, ' +
      'ຄຳແນະນຳ, ຍຸຕິທຳ, ກະຊວງ, ອົງການ, ຕຳຫຼວດ, ການສືບສວນ, ການຊ່ວຍເຫຼືອ, ພະນັກງານ, ການຮ່ວມມື',
  ),
  topics: [
    words('ເຮືອຫາປາ, ແຮງງານບັງຄັບ, ໜີ້ສິນ, ໜັງສືຜ່ານແດນ, ນາຍໜ້າ, ແຮງງານເຄື່ອນຍ້າຍ, ຄ່າແຮງ'),
    words('ຫຼັກຖານດິຈິຕອນ, ອອນລາຍ, ການຫຼອກລວງ, ໂທລະສັບ, ສື່ສັງຄົມ, ການຍຶດ'),
    words('ສານ, ຜູ້ພິພາກສາ, ໄອຍະການ, ການດຳເນີນຄະດີ, ການພິຈາລະນາ, ຄຳຕັດສິນ, ໂທດ'),
    words('ສູນພັກພິງ, ການສົ່ງຕໍ່, ຜູ້ລອດຊີວິດ, ການໃຫ້ຄຳປຶກສາ, ການເຊື່ອມໂຍງຄືນ, ຄ່າຊົດເຊີຍ'),
    words('ພະຍານ, ຄຳໃຫ້ການ, ການສຳພາດ, ນາຍແປພາສາ, ການບັນທຶກ'),
    words('ການຮ້ອງຂໍ, ການສົ່ງຜູ້ຮ້າຍຂ້າມແດນ, ຊາຍແດນ, ສົນທິສັນຍາ'),
    words('ເດັກນ້ອຍ, ທາງເພດ, ຍິງຊາຍ, ຄົນພິການ, ເດັກຍິງ, ການແຕ່ງງານ, ຜູ້ປົກຄອງ'),
    words('ການຄົ້ນຄວ້າ, ການສຳຫຼວດ, ຄູ່ມື, ຕົວຊີ້ວັດ, ຜູ້ເຂົ້າຮ່ວມ, ກອງປະຊຸມ'),
  ],
  functionWords: words('ແລະ, ຂອງ, ໃນ, ທີ່, ເປັນ, ໄດ້, ໃຫ້, ກັບ, ຈາກ, ໂດຍ, ມີ, ບໍ່'),
  syllables: words('ກາ, ລໍ, ມິ, ລາ, ເຕ, ສຸ, ໂນ, ວິ, ປາ, ເດ, ຣິ, ໂກ, ຫາ, ເນ, ຕຸ, ມາ, ສີ, ບໍ, ເລ, ຟາ'),
  wordGap: '',
  stop: ' ',
  capitalise: false,
};

export const KHMER: RegionLanguage = {
  code: 'km',
  name: 'Khmer',
  share: 6,
  general: words(
    'ការជួញដូរមនុស្ស, ជនរងគ្រោះ, ការការពារ, សំណុំរឿង, ច្បាប់, ជាតិ, តំបន់, របាយការណ៍, គោលនយោបាយ, ' +
      'គោលការណ៍ណែនាំ, យុត្តិធម៌, ក្រសួង, ស្ថាប័ន, ប៉ូលិស, ការស៊ើបអង្កេត, ជំនួយ, មន្ត្រី, កិច្ចសហប្រតិបត្តិការ',
  ),
  topics: [
    words('នាវានេសាទ, ពលកម្មដោយបង្ខំ, បំណុល, លិខិតឆ្លងដែន, ឈ្មួញកណ្តាល, ពលករចំណាកស្រុក, ប្រាក់ឈ្នួល'),
    words('ភស្តុតាងឌីជីថល, អនឡាញ, ការបោកប្រាស់, ទូរស័ព្ទ, បណ្តាញសង្គម, ការរឹបអូស'),
    words('តុលាការ, ចៅក្រម, ព្រះរាជអាជ្ញា, ការចោទប្រកាន់, សវនាការ, បណ្តឹងឧទ្ធរណ៍, សាលក្រម, ទោស'),
    words('ជម្រក, ការបញ្ជូន, អ្នករស់រានមានជីវិត, ការប្រឹក្សា, ការធ្វើសមាហរណកម្ម, សំណង'),
    words('សាក្សី, ចម្លើយ, បទសម្ភាសន៍, អ្នកបកប្រែ, ការថតសំឡេង'),
    words('សំណើ, បត្យាប័ន, ព្រំដែន, អនុសញ្ញា, សន្ធិសញ្ញា'),
    words('កុមារ, ផ្លូវភេទ, យេនឌ័រ, ពិការភាព, ក្មេងស្រី, អាពាហ៍ពិពាហ៍, អាណាព្យាបាល'),
    words('ការស្រាវជ្រាវ, ការស្ទង់មតិ, សៀវភៅណែនាំ, សូចនាករ, អ្នកចូលរួម, សិក្ខាសាលា'),
  ],
  functionWords: words('និង, របស់, នៅ, ក្នុង, ដែល, ជា, បាន, ឲ្យ, ពី, ដោយ, មាន, មិន'),
  syllables: words('កា, លោ, មិ, រ៉ា, តេ, សុ, នោ, វិ, ប៉ា, ដេ, រិ, គោ, ហា, នេ, តុ, មា, សី, បូ, លេ, ហ្វា'),
  wordGap: '',
  stop: '។ ',
  capitalise: false,
};

export const BURMESE: RegionLanguage = {
  code: 'my',
  name: 'Burmese',
  share: 6,
  general: words(
    'လူကုန်ကူးမှု, ခံရသူ, အကာအကွယ်, အမှု, ဥပဒေ, အမျိုးသား, ဒေသ, အစီရင်ခံစာ, မူဝါဒ, လမ်းညွှန်, ' +
      'တရားမျှတမှု, ဝန်ကြီးဌာန, အေဂျင်စီ, ရဲ, စုံစမ်းစစ်ဆေးမှု, အကူအညီ, အရာရှိ, ပူးပေါင်းဆောင်ရွက်မှု',
  ),
  topics: [
    words('ငါးဖမ်းလှေ, အဓမ္မလုပ်အား, အကြွေး, နိုင်ငံကူးလက်မှတ်, ပွဲစား, ရွှေ့ပြောင်းလုပ်သား, လုပ်ခ'),
    words('ဒစ်ဂျစ်တယ်သက်သေ, အွန်လိုင်း, လိမ်လည်မှု, ဖုန်း, လူမှုကွန်ရက်, သိမ်းဆည်းမှု'),
    words('တရားရုံး, တရားသူကြီး, အစိုးရရှေ့နေ, တရားစွဲဆိုမှု, ကြားနာမှု, အယူခံ, စီရင်ချက်, ပြစ်ဒဏ်'),
    words('ဂေဟာ, လွှဲပြောင်းပေးခြင်း, စိတ်ဒဏ်ရာ, အသက်ရှင်ကျန်ရစ်သူ, အကြံပေးခြင်း, လျော်ကြေး'),
    words('သက်သေ, ထွက်ဆိုချက်, အင်တာဗျူး, စကားပြန်, မှတ်တမ်း'),
    words('တောင်းဆိုချက်, တရားခံလွှဲပြောင်းရေး, နယ်စပ်, ကွန်ဗင်းရှင်း, စာချုပ်'),
    words('ကလေး, လိင်, ကျားမ, မသန်စွမ်း, မိန်းကလေး, လက်ထပ်ခြင်း, အုပ်ထိန်းသူ'),
    words('သုတေသန, စစ်တမ်း, လက်စွဲ, ညွှန်ကိန်း, ပါဝင်သူ, အလုပ်ရုံဆွေးနွေးပွဲ'),
  ],
  functionWords: words('နှင့်, ၏, တွင်, သည်, ကို, များ, က, ရန်, မှ, ဖြင့်'),
  syllables: words('က, လို, မိ, ရာ, တေ, စု, နို, ဝိ, ပါ, ဒေ, ရိ, ဂို, ဟာ, နေ, တု, မာ, သီ, ဘို, လေ, ဖာ'),
  wordGap: '',
  stop: '။ ',
  capitalise: false,
};

export const INDONESIAN: RegionLanguage = {
  code: 'id',
  name: 'Indonesian or Malay',
  share: 12,
  general: words(
    'perdagangan orang, korban, perlindungan, kasus, hukum, nasional, regional, laporan, kebijakan, ' +
      'pedoman, keadilan, kementerian, lembaga, polisi, penyidikan, identifikasi, eksploitasi, bantuan, ' +
      'pejabat, kerja sama, data, pelatihan',
  ),
  topics: [
    words(
      'kapal penangkap ikan, awak kapal, kerja paksa, utang, paspor, perekrutan, calo, migran, pekerja, upah',
    ),
    words(
      'bukti digital, daring, penipuan, kompleks, telepon, platform, media sosial, penyitaan, forensik',
    ),
    words(
      'pengadilan, hakim, jaksa, penuntutan, persidangan, banding, putusan, hukuman, pembelaan',
    ),
    words('rumah aman, rujukan, trauma, penyintas, konseling, reintegrasi, kompensasi, restitusi'),
    words('saksi, kesaksian, wawancara, penerjemah, keterangan, rekaman'),
    words(
      'bantuan hukum timbal balik, permintaan, ekstradisi, perbatasan, konvensi, pasal, perjanjian',
    ),
    words('anak, seksual, gender, disabilitas, inklusi, anak perempuan, perkawinan, wali'),
    words('penelitian, survei, perangkat, indikator, peserta, lokakarya, temuan, sampel'),
  ],
  functionWords: words(
    'dan, yang, di, ke, dari, untuk, dengan, ini, itu, pada, adalah, dalam, tidak, oleh',
  ),
  syllables: words(
    'ka, lo, mi, ra, te, su, no, wi, pa, de, ri, go, ha, ne, tu, ma, si, bo, le, ja',
  ),
  wordGap: ' ',
  stop: '.',
  capitalise: true,
};

export const FILIPINO: RegionLanguage = {
  code: 'fil',
  name: 'Filipino',
  share: 6,
  general: words(
    'human trafficking, biktima, proteksyon, kaso, batas, pambansa, rehiyon, ulat, patakaran, gabay, ' +
      'katarungan, kagawaran, ahensya, pulis, imbestigasyon, pagsasamantala, tulong, opisyal, pagtutulungan',
  ),
  topics: [
    words(
      'bangkang pangisda, tripulante, sapilitang paggawa, utang, pasaporte, pangangalap, ahente, manggagawa, sahod',
    ),
    words('digital na ebidensya, online, panloloko, telepono, social media, pagsamsam'),
    words('hukuman, korte, hukom, piskal, pag-uusig, paglilitis, apela, desisyon, parusa'),
    words('kanlungan, referral, trauma, nakaligtas, pagpapayo, muling pagsasama, kabayaran'),
    words('saksi, testimonya, panayam, tagasalin, salaysay, pagrekord'),
    words('kahilingan, extradition, hangganan, kombensyon, kasunduan'),
    words('bata, sekswal, kasarian, kapansanan, batang babae, kasal, tagapag-alaga'),
    words('pananaliksik, sarbey, gabay na aklat, tagapagpahiwatig, kalahok, palihan'),
  ],
  functionWords: words('ang, ng, sa, mga, at, na, ay, para, kay, si, ito, hindi'),
  syllables: words(
    'ka, lo, mi, ra, te, su, no, bi, pa, de, ri, go, ha, ne, tu, ma, si, bo, le, ya',
  ),
  wordGap: ' ',
  stop: '.',
  capitalise: true,
};
