// A document's language as its text shows it, for files the catalog does not place. Thai, Lao,
// Khmer and Burmese each have a script of their own, so counting letters decides them; among the
// languages written in Latin letters (English, Vietnamese, Indonesian, Malay, Filipino) franc
// compares trigrams.
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

/** Every language the portal knows: the ones detection can name, as the languages table lists them. */
export const knownLanguages: ReadonlySet<string> = new Set([
  ...Object.values(LATIN_LANGUAGES),
  ...SCRIPT_LANGUAGES.map(([language]) => language),
]);

/** What the text says about its language. */
export interface LanguageGuess {
  /** The likeliest language; 'en' when the text cannot tell. */
  language: string;
  /**
   * The languages the text fits equally well, `language` first: only `language` when the text
   * decides, Indonesian and Malay when nothing tells them apart, every known language when the
   * text is too short or has no letters.
   */
  candidates: string[];
}

// franc's trigram profiles of Indonesian and Malay lie close together; words that the two
// standard languages spell differently tell them apart much more reliably.
const MALAY_WORDS = new Set([
  'akaun',
  'antarabangsa',
  'bahawa',
  'baharu',
  'berkenaan',
  'hendaklah',
  'ialah',
  'iaitu',
  'kerajaan',
  'kerana',
  'mangsa',
  'nombor',
  'pasport',
  'sahaja',
  'sebahagian',
  'semasa',
  'syarikat',
  'telefon',
  'wang',
]);
const INDONESIAN_WORDS = new Set([
  'bahwa',
  'internasional',
  'karena',
  'kepolisian',
  'korban',
  'merupakan',
  'nomor',
  'paspor',
  'pengadilan',
  'perusahaan',
  'rekening',
  'saja',
  'sebagian',
  'telepon',
  'tersebut',
  'uang',
  'yaitu',
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

const sure = (language: string): LanguageGuess => ({ language, candidates: [language] });
const unknown: LanguageGuess = {
  language: FALLBACK_LANGUAGE,
  candidates: [FALLBACK_LANGUAGE, ...[...knownLanguages].filter((l) => l !== FALLBACK_LANGUAGE)],
};

/** Indonesian or Malay by their distinct spellings; both, franc's guess first, where they do not decide. */
function indonesianOrMalay(sample: string, guess: 'id' | 'ms'): LanguageGuess {
  let score = 0;
  for (const match of sample.toLowerCase().matchAll(LATIN_WORD)) {
    if (MALAY_WORDS.has(match[0])) score++;
    else if (INDONESIAN_WORDS.has(match[0])) score--;
  }
  if (score === 0)
    return { language: guess, candidates: guess === 'id' ? ['id', 'ms'] : ['ms', 'id'] };
  return sure(score > 0 ? 'ms' : 'id');
}

/**
 * The language of a text as one of en, vi, th, lo, km, my, id, ms, fil, and how sure the text
 * makes it: the script with the most letters decides, and Latin-script text is told apart by franc.
 */
export function guessLanguage(text: string): LanguageGuess {
  if (typeof text !== 'string') {
    throw new TypeError(
      `Language detection expects a string, got ${text === null ? 'null' : typeof text}`,
    );
  }
  const sample = text.slice(0, SAMPLE_CHARS);
  const { latin, byScript } = countLetters(sample);
  let top: [string, number] = ['', 0];
  for (const entry of byScript) if (entry[1] > top[1]) top = entry;
  if (top[1] > latin) return sure(top[0]);
  if (latin < MIN_LATIN_LETTERS) return unknown;
  const latinSample = latinText(sample);
  const guess =
    LATIN_LANGUAGES[franc(latinSample, { only: FRANC_ONLY, minLength: MIN_LATIN_LETTERS })];
  if (guess === 'id' || guess === 'ms') return indonesianOrMalay(sample, guess);
  return guess ? sure(guess) : unknown;
}

/** The likeliest language of a text (see guessLanguage); 'en' for text too short or unclear to tell. */
export function detectLanguage(text: string): string {
  return guessLanguage(text).language;
}
