// The one page a visitor without the room code gets: a form asking for it, in the browser's
// language when it is one of the interface's. Built in, with no script and nothing to load, since
// nothing else is served before the code is given.
export const ROOM_PAGE_LANGUAGES = ['en', 'vi', 'th', 'lo', 'km', 'id', 'my', 'ms', 'fil'] as const;
export type RoomPageLanguage = (typeof ROOM_PAGE_LANGUAGES)[number];

interface RoomPageText {
  title: string;
  intro: string;
  label: string;
  submit: string;
  wrongCode: string;
  /** Too many wrong codes from this device: when it may try again, in whole minutes. */
  tooManyTries: (minutes: number) => string;
}

const TEXT: Record<RoomPageLanguage, RoomPageText> = {
  en: {
    title: 'Room code needed',
    intro:
      'This library is shared with a classroom. Enter the room code your trainer gives you, or scan the QR code.',
    label: 'Room code',
    submit: 'Open the library',
    wrongCode: 'That is not this room’s code. Check it and try again.',
    tooManyTries: (minutes) =>
      `Too many wrong codes were tried from this device. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
  },
  vi: {
    title: 'Cần mã phòng',
    intro:
      'Thư viện này được chia sẻ trong lớp học. Hãy nhập mã phòng do giảng viên cung cấp, hoặc quét mã QR.',
    label: 'Mã phòng',
    submit: 'Mở thư viện',
    wrongCode: 'Mã này không phải mã của phòng. Hãy kiểm tra và thử lại.',
    tooManyTries: (minutes) =>
      `Thiết bị này đã thử quá nhiều mã sai. Hãy thử lại sau ${minutes} phút.`,
  },
  th: {
    title: 'ต้องใช้รหัสห้อง',
    intro: 'ห้องสมุดนี้แชร์ในห้องเรียน กรอกรหัสห้องที่วิทยากรให้ หรือสแกนคิวอาร์โค้ด',
    label: 'รหัสห้อง',
    submit: 'เปิดห้องสมุด',
    wrongCode: 'รหัสนี้ไม่ใช่รหัสของห้องนี้ โปรดตรวจสอบแล้วลองอีกครั้ง',
    tooManyTries: (minutes) => `อุปกรณ์นี้ลองรหัสผิดหลายครั้งเกินไป โปรดลองอีกครั้งในอีก ${minutes} นาที`,
  },
  lo: {
    title: 'ຕ້ອງໃຊ້ລະຫັດຫ້ອງ',
    intro: 'ຫໍສະໝຸດນີ້ແບ່ງປັນໃນຫ້ອງຮຽນ. ປ້ອນລະຫັດຫ້ອງທີ່ຄູຝຶກໃຫ້ ຫຼື ສະແກນລະຫັດ QR.',
    label: 'ລະຫັດຫ້ອງ',
    submit: 'ເປີດຫໍສະໝຸດ',
    wrongCode: 'ລະຫັດນີ້ບໍ່ແມ່ນລະຫັດຂອງຫ້ອງນີ້. ກະລຸນາກວດເບິ່ງແລ້ວລອງໃໝ່.',
    tooManyTries: (minutes) => `ອຸປະກອນນີ້ລອງລະຫັດຜິດຫຼາຍເທື່ອເກີນໄປ. ກະລຸນາລອງໃໝ່ໃນອີກ ${minutes} ນາທີ.`,
  },
  km: {
    title: 'ត្រូវការលេខកូដបន្ទប់',
    intro: 'បណ្ណាល័យនេះត្រូវបានចែករំលែកក្នុងថ្នាក់រៀន។ សូមបញ្ចូលលេខកូដបន្ទប់ដែលគ្រូបណ្តុះបណ្តាលផ្តល់ឱ្យ ឬស្កេនកូដ QR។',
    label: 'លេខកូដបន្ទប់',
    submit: 'បើកបណ្ណាល័យ',
    wrongCode: 'លេខកូដនេះមិនមែនជាលេខកូដរបស់បន្ទប់នេះទេ។ សូមពិនិត្យ ហើយព្យាយាមម្តងទៀត។',
    tooManyTries: (minutes) =>
      `ឧបករណ៍នេះបានសាកល្បងលេខកូដខុសច្រើនដងពេក។ សូមព្យាយាមម្តងទៀតក្នុងរយៈពេល ${minutes} នាទីទៀត។`,
  },
  id: {
    title: 'Perlu kode ruang',
    intro:
      'Perpustakaan ini dibagikan di kelas. Masukkan kode ruang dari pelatih Anda, atau pindai kode QR.',
    label: 'Kode ruang',
    submit: 'Buka perpustakaan',
    wrongCode: 'Itu bukan kode ruang ini. Periksa lalu coba lagi.',
    tooManyTries: (minutes) =>
      `Terlalu banyak kode salah dicoba dari perangkat ini. Coba lagi dalam ${minutes} menit.`,
  },
  my: {
    title: 'အခန်းကုဒ် လိုအပ်သည်',
    intro: 'ဤစာကြည့်တိုက်ကို စာသင်ခန်းနှင့် မျှဝေထားသည်။ သင်တန်းဆရာ ပေးသော အခန်းကုဒ်ကို ထည့်ပါ၊ သို့မဟုတ် QR ကုဒ်ကို စကင်ဖတ်ပါ။',
    label: 'အခန်းကုဒ်',
    submit: 'စာကြည့်တိုက်ကို ဖွင့်ရန်',
    wrongCode: 'ဤကုဒ်သည် ဤအခန်း၏ ကုဒ် မဟုတ်ပါ။ စစ်ဆေးပြီး ထပ်ကြိုးစားပါ။',
    tooManyTries: (minutes) =>
      `ဤစက်ပစ္စည်းမှ ကုဒ်အမှား အကြိမ်များလွန်းစွာ စမ်းခဲ့သည်။ မိနစ် ${minutes} အကြာတွင် ထပ်ကြိုးစားပါ။`,
  },
  ms: {
    title: 'Kod bilik diperlukan',
    intro:
      'Perpustakaan ini dikongsi dengan bilik darjah. Masukkan kod bilik yang diberikan oleh jurulatih anda, atau imbas kod QR.',
    label: 'Kod bilik',
    submit: 'Buka perpustakaan',
    wrongCode: 'Itu bukan kod bilik ini. Semak dan cuba lagi.',
    tooManyTries: (minutes) =>
      `Terlalu banyak kod salah dicuba dari peranti ini. Cuba lagi dalam ${minutes} minit.`,
  },
  fil: {
    title: 'Kailangan ang room code',
    intro:
      'Ibinabahagi sa isang classroom ang aklatang ito. Ilagay ang room code na ibinigay ng iyong trainer, o i-scan ang QR code.',
    label: 'Room code',
    submit: 'Buksan ang aklatan',
    wrongCode: 'Hindi iyan ang code ng silid na ito. Suriin ito at subukang muli.',
    tooManyTries: (minutes) =>
      `Masyadong maraming maling code ang sinubukan mula sa device na ito. Subukang muli pagkalipas ng ${minutes} minuto.`,
  },
};

/** The first of the browser's languages (Accept-Language, by preference) the page is written in. */
export function roomPageLanguage(acceptLanguage: string | undefined): RoomPageLanguage {
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((entry, index) => {
      const [tag = '', ...parameters] = entry.trim().split(';');
      const q = parameters.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { language: tag.toLowerCase().split('-')[0] ?? '', q: q ? Number(q) : 1, index };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  const match = ranked.find((entry) =>
    (ROOM_PAGE_LANGUAGES as readonly string[]).includes(entry.language),
  );
  return (match?.language as RoomPageLanguage | undefined) ?? 'en';
}

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

const STYLE = `body{margin:0;font-family:system-ui,sans-serif;background:#f5f6f8;color:#1b1f24}
main{max-width:26rem;margin:12vh auto;padding:1.5rem;background:#fff;border-radius:12px;box-shadow:0 1px 4px #0002}
h1{font-size:1.4rem;margin:0 0 .75rem}p{line-height:1.5}.error{color:#a4161a;font-weight:600}
label{display:block;font-weight:600;margin:1rem 0 .4rem}
input{box-sizing:border-box;width:100%;font-size:1.5rem;letter-spacing:.2em;padding:.5rem;text-transform:uppercase;border:2px solid #5b6470;border-radius:8px}
button{margin-top:1rem;width:100%;font-size:1.1rem;padding:.7rem;border:0;border-radius:8px;background:#0b5cad;color:#fff}
input:focus-visible,button:focus-visible{outline:3px solid #f0a500;outline-offset:2px}`;

/**
 * The page, whose form sends the code back to the address that was asked for; with
 * `retryInMinutes`, it says that too many wrong codes were tried and when to try again.
 */
export function roomCodePage(
  language: RoomPageLanguage,
  options: { action: string; wrongCode: boolean; retryInMinutes?: number },
): string {
  const text = TEXT[language];
  let problem: string | null = options.wrongCode ? text.wrongCode : null;
  if (options.retryInMinutes !== undefined) problem = text.tooManyTries(options.retryInMinutes);
  const error =
    problem === null
      ? ''
      : `<p class="error" id="room-error" role="alert">${escapeHtml(problem)}</p>`;
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(text.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${escapeHtml(text.title)}</h1>
<p>${escapeHtml(text.intro)}</p>
${error}<form method="get" action="${escapeHtml(options.action)}">
<label for="room">${escapeHtml(text.label)}</label>
<input id="room" name="room" required maxlength="32" autocomplete="off" autocapitalize="characters" spellcheck="false"${problem === null ? '' : ' aria-invalid="true" aria-describedby="room-error"'} autofocus>
<button type="submit">${escapeHtml(text.submit)}</button>
</form>
</main>
</body>
</html>
`;
}
