// A document's language when neither the catalog nor the file says. Thai, Lao, Khmer and Burmese
// each have a script of their own, so counting letters decides them; among the languages written
// in Latin letters (English, Vietnamese, Indonesian, Malay, Filipino) franc compares trigrams.
import { franc } from 'franc-min';

/** The languages the portal knows, as franc names them (ISO 639-3), and as the portal does. */
const LATIN_LANGUAGES: Record<string, string> = {
  eng: 'en',
  vie: 'vi',
  ind: 'id',
  zlm: 'ms',
  tgl: 'fil',
};
const FRANC_ONLY = Object.keys(LATIN_LANGUAGES);

const SCRIPT_LANGUAGES: [language: string, script: RegExp][] = [
  ['th', /\p{Script=Thai}/u],
  ['lo', /\p{Script=Lao}/u],
  ['km', /\p{Script=Khmer}/u],
  ['my', /\p{Script=Myanmar}/u],
];
const LATIN = /\p{Script=Latin}/u;

// franc's trigram profiles of Indonesian and Malay lie close together; words that the two
// standard languages spell differently tell them apart much more reliably.
const MALAY_WORDS = new Set([
  'akaun', 'antarabangsa', 'bahawa', 'baharu', 'berkenaan', 'hendaklah', 'ialah', 'iaitu', 'kerajaan',
  'kerana', 'mangsa', 'nombor', 'pasport', 'sahaja', 'sebahagian', 'semasa', 'syarikat', 'telefon', 'wang',
]);
const INDONESIAN_WORDS = new Set([
  'bahwa', 'internasional', 'karena', 'kepolisian', 'korban', 'merupakan', 'nomor', 'paspor', 'pengadilan',
  'perusahaan', 'rekening', 'saja', 'sebagian', 'telepon', 'tersebut', 'uang', 'yaitu',
]);
const LATIN_WORD = /[\p{Script=Latin}\p{M}'’-]+/gu;

const FALLBACK_LANGUAGE = 'en';
/** How much of a document is looked at: the opening pages say enough, and long texts stay cheap. */
const SAMPLE_CHARS = 20000;
/** franc reads at most this much; more would only be cut off. */
const FRANC_SAMPLE_CHARS = 2000;
/** Fewer Latin letters than this is too little for trigrams to tell languages apart. */
const MIN_LATIN_LETTERS = 40;

function countLetters(sample: string): { latin: number; byScript: Map<string, number> } {
  const byScript = new Map<string, number>();
  let latin = 0;
  for (const ch of sample) {
    if (ch.charCodeAt(0) < 0x80) {
      if (/[A-Za-z]/.test(ch)) latin++;
      continue;
    }
    if (LATIN.test(ch)) {
      latin++;
      continue;
    }
    for (const [language, script] of SCRIPT_LANGUAGES) {
      if (script.test(ch)) {
        byScript.set(language, (byScript.get(language) ?? 0) + 1);
        break;
      }
    }
  }
  return { latin, byScript };
}

/** The words in Latin letters only, so that other scripts in the text do not blur the trigrams. */
function latinText(sample: string): string {
  let text = '';
  for (const match of sample.matchAll(LATIN_WORD)) {
    if (text.length >= FRANC_SAMPLE_CHARS) break;
    text += `${match[0]} `;
  }
  return text;
}

/** Indonesian or Malay by their distinct spellings; franc's guess where they do not decide. */
function indonesianOrMalay(sample: string, guess: 'id' | 'ms'): 'id' | 'ms' {
  let score = 0;
  for (const match of sample.toLowerCase().matchAll(LATIN_WORD)) {
    if (MALAY_WORDS.has(match[0])) score++;
    else if (INDONESIAN_WORDS.has(match[0])) score--;
  }
  if (score === 0) return guess;
  return score > 0 ? 'ms' : 'id';
}

/**
 * The language of a text as one of en, vi, th, lo, km, my, id, ms, fil: the script with the most
 * letters decides, and Latin-script text is told apart by franc. Text too short or too unclear to
 * tell gives 'en'.
 */
export function detectLanguage(text: string): string {
  if (typeof text !== 'string') {
    throw new TypeError(
      `detectLanguage expects a string, got ${text === null ? 'null' : typeof text}`,
    );
  }
  const sample = text.slice(0, SAMPLE_CHARS);
  const { latin, byScript } = countLetters(sample);
  let top: [string, number] = ['', 0];
  for (const entry of byScript) if (entry[1] > top[1]) top = entry;
  if (top[1] > latin) return top[0];
  if (latin < MIN_LATIN_LETTERS) return FALLBACK_LANGUAGE;
  const latinSample = latinText(sample);
  const guess = LATIN_LANGUAGES[franc(latinSample, { only: FRANC_ONLY, minLength: MIN_LATIN_LETTERS })];
  if (guess === 'id' || guess === 'ms') return indonesianOrMalay(sample, guess);
  return guess ?? FALLBACK_LANGUAGE;
}
