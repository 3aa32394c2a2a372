// The desktop menu's words in each interface language, so that the menu speaks the language the
// reader chose in the interface rather than the system's. Each language has every word (the type
// holds it); a language the table lacks gets English.

export interface AppMenuStrings {
  readonly file: string;
  readonly stopIndexing: string;
  readonly stopSharing: string;
  readonly close: string;
  readonly quit: string;
  readonly edit: string;
  readonly undo: string;
  readonly redo: string;
  readonly cut: string;
  readonly copy: string;
  readonly paste: string;
  readonly selectAll: string;
  readonly find: string;
  readonly view: string;
  readonly resetZoom: string;
  readonly zoomIn: string;
  readonly zoomOut: string;
  readonly fullScreen: string;
  readonly reload: string;
  readonly devTools: string;
  readonly window: string;
}

const en: AppMenuStrings = {
  file: 'File',
  stopIndexing: 'Stop Indexing',
  stopSharing: 'Stop Sharing with the Room',
  close: 'Close Window',
  quit: 'Quit',
  edit: 'Edit',
  undo: 'Undo',
  redo: 'Redo',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  selectAll: 'Select All',
  find: 'Find in Document',
  view: 'View',
  resetZoom: 'Actual Size',
  zoomIn: 'Zoom In',
  zoomOut: 'Zoom Out',
  fullScreen: 'Full Screen',
  reload: 'Reload',
  devTools: 'Developer Tools',
  window: 'Window',
};

const vi: AppMenuStrings = {
  file: 'Tệp',
  stopIndexing: 'Dừng lập chỉ mục',
  stopSharing: 'Dừng chia sẻ với lớp học',
  close: 'Đóng cửa sổ',
  quit: 'Thoát',
  edit: 'Sửa',
  undo: 'Hoàn tác',
  redo: 'Làm lại',
  cut: 'Cắt',
  copy: 'Sao chép',
  paste: 'Dán',
  selectAll: 'Chọn tất cả',
  find: 'Tìm trong tài liệu',
  view: 'Xem',
  resetZoom: 'Kích thước thật',
  zoomIn: 'Phóng to',
  zoomOut: 'Thu nhỏ',
  fullScreen: 'Toàn màn hình',
  reload: 'Tải lại',
  devTools: 'Công cụ nhà phát triển',
  window: 'Cửa sổ',
};

const th: AppMenuStrings = {
  file: 'ไฟล์',
  stopIndexing: 'หยุดการทำดัชนี',
  stopSharing: 'หยุดแบ่งปันกับห้องเรียน',
  close: 'ปิดหน้าต่าง',
  quit: 'ออก',
  edit: 'แก้ไข',
  undo: 'เลิกทำ',
  redo: 'ทำซ้ำ',
  cut: 'ตัด',
  copy: 'คัดลอก',
  paste: 'วาง',
  selectAll: 'เลือกทั้งหมด',
  find: 'ค้นหาในเอกสาร',
  view: 'มุมมอง',
  resetZoom: 'ขนาดจริง',
  zoomIn: 'ขยาย',
  zoomOut: 'ย่อ',
  fullScreen: 'เต็มหน้าจอ',
  reload: 'โหลดใหม่',
  devTools: 'เครื่องมือสำหรับนักพัฒนา',
  window: 'หน้าต่าง',
};

const lo: AppMenuStrings = {
  file: 'ໄຟລ໌',
  stopIndexing: 'ຢຸດການເຮັດດັດຊະນີ',
  stopSharing: 'ຢຸດການແບ່ງປັນກັບຫ້ອງຮຽນ',
  close: 'ປິດໜ້າຕ່າງ',
  quit: 'ອອກ',
  edit: 'ແກ້ໄຂ',
  undo: 'ຍົກເລີກ',
  redo: 'ເຮັດຄືນ',
  cut: 'ຕັດ',
  copy: 'ສຳເນົາ',
  paste: 'ວາງ',
  selectAll: 'ເລືອກທັງໝົດ',
  find: 'ຊອກຫາໃນເອກະສານ',
  view: 'ມຸມມອງ',
  resetZoom: 'ຂະໜາດຈິງ',
  zoomIn: 'ຂະຫຍາຍ',
  zoomOut: 'ຫຍໍ້',
  fullScreen: 'ເຕັມຈໍ',
  reload: 'ໂຫຼດຄືນ',
  devTools: 'ເຄື່ອງມືນັກພັດທະນາ',
  window: 'ໜ້າຕ່າງ',
};

const km: AppMenuStrings = {
  file: 'ឯកសារ',
  stopIndexing: 'បញ្ឈប់ការធ្វើលិបិក្រម',
  stopSharing: 'បញ្ឈប់ការចែករំលែកជាមួយថ្នាក់រៀន',
  close: 'បិទបង្អួច',
  quit: 'ចាកចេញ',
  edit: 'កែសម្រួល',
  undo: 'មិនធ្វើវិញ',
  redo: 'ធ្វើវិញ',
  cut: 'កាត់',
  copy: 'ចម្លង',
  paste: 'បិទភ្ជាប់',
  selectAll: 'ជ្រើសរើសទាំងអស់',
  find: 'ស្វែងរកក្នុងឯកសារ',
  view: 'មើល',
  resetZoom: 'ទំហំពិត',
  zoomIn: 'ពង្រីក',
  zoomOut: 'បង្រួម',
  fullScreen: 'ពេញអេក្រង់',
  reload: 'ផ្ទុកឡើងវិញ',
  devTools: 'ឧបករណ៍អ្នកអភិវឌ្ឍ',
  window: 'បង្អួច',
};

const id: AppMenuStrings = {
  file: 'Berkas',
  stopIndexing: 'Hentikan Pengindeksan',
  stopSharing: 'Hentikan Berbagi dengan Kelas',
  close: 'Tutup Jendela',
  quit: 'Keluar',
  edit: 'Edit',
  undo: 'Urungkan',
  redo: 'Ulangi',
  cut: 'Potong',
  copy: 'Salin',
  paste: 'Tempel',
  selectAll: 'Pilih Semua',
  find: 'Cari di Dokumen',
  view: 'Tampilan',
  resetZoom: 'Ukuran Asli',
  zoomIn: 'Perbesar',
  zoomOut: 'Perkecil',
  fullScreen: 'Layar Penuh',
  reload: 'Muat Ulang',
  devTools: 'Alat Pengembang',
  window: 'Jendela',
};

const my: AppMenuStrings = {
  file: 'ဖိုင်',
  stopIndexing: 'အညွှန်းပြုလုပ်ခြင်းကို ရပ်ရန်',
  stopSharing: 'အခန်းနှင့် မျှဝေခြင်းကို ရပ်ရန်',
  close: 'ဝင်းဒိုးကို ပိတ်ရန်',
  quit: 'ထွက်ရန်',
  edit: 'ပြင်ဆင်ရန်',
  undo: 'ပြန်ဖျက်ရန်',
  redo: 'ပြန်လုပ်ရန်',
  cut: 'ဖြတ်ယူရန်',
  copy: 'ကူးယူရန်',
  paste: 'ကူးထည့်ရန်',
  selectAll: 'အားလုံးရွေးရန်',
  find: 'စာတမ်းထဲတွင် ရှာရန်',
  view: 'ကြည့်ရန်',
  resetZoom: 'မူလအရွယ်အစား',
  zoomIn: 'ချဲ့ရန်',
  zoomOut: 'ချုံ့ရန်',
  fullScreen: 'မျက်နှာပြင်အပြည့်',
  reload: 'ပြန်ဖွင့်ရန်',
  devTools: 'ဆော့ဖ်ဝဲရေးသူ ကိရိယာများ',
  window: 'ဝင်းဒိုး',
};

const ms: AppMenuStrings = {
  file: 'Fail',
  stopIndexing: 'Hentikan Pengindeksan',
  stopSharing: 'Hentikan Perkongsian dengan Bilik',
  close: 'Tutup Tetingkap',
  quit: 'Keluar',
  edit: 'Sunting',
  undo: 'Buat Asal',
  redo: 'Buat Semula',
  cut: 'Potong',
  copy: 'Salin',
  paste: 'Tampal',
  selectAll: 'Pilih Semua',
  find: 'Cari dalam Dokumen',
  view: 'Paparan',
  resetZoom: 'Saiz Sebenar',
  zoomIn: 'Zum Masuk',
  zoomOut: 'Zum Keluar',
  fullScreen: 'Skrin Penuh',
  reload: 'Muat Semula',
  devTools: 'Alat Pembangun',
  window: 'Tetingkap',
};

const fil: AppMenuStrings = {
  file: 'File',
  stopIndexing: 'Ihinto ang Pag-index',
  stopSharing: 'Ihinto ang Pagbabahagi sa Silid',
  close: 'Isara ang Window',
  quit: 'Umalis',
  edit: 'I-edit',
  undo: 'I-undo',
  redo: 'I-redo',
  cut: 'I-cut',
  copy: 'Kopyahin',
  paste: 'I-paste',
  selectAll: 'Piliin Lahat',
  find: 'Hanapin sa Dokumento',
  view: 'Tingnan',
  resetZoom: 'Tunay na Laki',
  zoomIn: 'Palakihin',
  zoomOut: 'Paliitin',
  fullScreen: 'Buong Screen',
  reload: 'I-reload',
  devTools: 'Mga Tool ng Developer',
  window: 'Window',
};

export const APP_MENU_STRINGS = { en, vi, th, lo, km, id, my, ms, fil } as const;

export type AppMenuLanguage = keyof typeof APP_MENU_STRINGS;

/** The menu's words in a language, English for one the table lacks. */
export function appMenuStrings(language: string): AppMenuStrings {
  return Object.hasOwn(APP_MENU_STRINGS, language)
    ? APP_MENU_STRINGS[language as AppMenuLanguage]
    : en;
}

/**
 * The window event that opens the reader's own find bar: sent by the menu's Find item in the
 * desktop app, as Ctrl+F (Cmd+F) does in the interface itself.
 */
export const FIND_IN_DOCUMENT_EVENT = 'portal:find-in-document';
