// A first guess at a document's language when neither the catalog nor the file says: the script
// decides Thai, Lao, Khmer and Burmese; Vietnamese letters, then common function words, decide
// among the Latin-script languages.

const SCRIPT_RANGES: [string, number, number][] = [
  ['th', 0x0e00, 0x0e7f],
  ['lo', 0x0e80, 0x0eff],
  ['km', 0x1780, 0x17ff],
  ['my', 0x1000, 0x109f],
];

const VIETNAMESE_LETTERS = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/giu;

const FUNCTION_WORDS: Record<string, string[]> = {
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'for', 'with', 'that', 'on'],
  id: ['yang', 'dan', 'di', 'untuk', 'dengan', 'dalam', 'ini', 'tidak', 'dari', 'pada'],
  ms: ['yang', 'dan', 'untuk', 'dengan', 'dalam', 'ini', 'tidak', 'kepada', 'adalah', 'oleh'],
  fil: ['ang', 'ng', 'mga', 'sa', 'na', 'at', 'para', 'ay', 'ito', 'hindi'],
};

export function detectLanguage(text: string): string {
  const sample = text.slice(0, 20000);
  const counts = new Map<string, number>();
  let letters = 0;
  for (const ch of sample) {
    const cp = ch.codePointAt(0) ?? 0;
    if (/\p{L}/u.test(ch)) letters++;
    for (const [lang, from, to] of SCRIPT_RANGES) {
      if (cp >= from && cp <= to) counts.set(lang, (counts.get(lang) ?? 0) + 1);
    }
  }
  const [topScript, topCount] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  if (letters > 0 && topCount / letters > 0.3) return topScript;
  const vietnamese = sample.match(VIETNAMESE_LETTERS)?.length ?? 0;
  if (letters > 0 && vietnamese / letters > 0.05) return 'vi';
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  let best = 'en';
  let bestScore = 0;
  for (const [lang, list] of Object.entries(FUNCTION_WORDS)) {
    const set = new Set(list);
    const score = words.reduce((n, w) => n + (set.has(w) ? 1 : 0), 0);
    if (score > bestScore) [best, bestScore] = [lang, score];
  }
  return best;
}
