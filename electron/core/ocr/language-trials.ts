// Weighing trial readings of the same few lines by each script's model, to tell which language a
// scanned page is in. A model's own confidence cannot decide alone: the Thai model reads Lao,
// Khmer and Burmese lines as Thai with a confidence of 67 to 85, above the Lao model's on Lao
// (about 50). What each model reads can: only the page's own model finds the words every text
// of its language is full of (การ, ທີ່, និង, သည်, "the", "và"); a wrong one reads letter
// shapes as other letters, and its common words turn up by chance at most.
import type { LanguageDetection, LanguageTrial } from '#shared/ocr-types.ts';
import { guessLanguage } from '../ingest/detect-language.ts';
import { scriptRuleBreaks } from '../ingest/needs-ocr.ts';

/**
 * The models tried, in this order, each standing for a language (the Latin trial for all those
 * in Latin letters: Vietnamese's model reads English, Indonesian, Malay and Filipino as well, and
 * its reading tells them apart). The commonest first, so that most detections stop early.
 */
export const TRIAL_MODELS: readonly { model: string; language: string }[] = [
  { model: 'vie', language: 'vi' },
  { model: 'tha', language: 'th' },
  { model: 'lao', language: 'lo' },
  { model: 'khm', language: 'km' },
  { model: 'mya', language: 'my' },
];

/** Words every text of the language is full of: particles, prepositions, everyday nouns. */
const COMMON_WORDS: Readonly<Record<string, readonly string[]>> = {
  vi: [
    // English, Indonesian, Malay and Filipino as well as Vietnamese: the Latin trial's reading.
    ...['the', 'of', 'and', 'to', 'in', 'a', 'is', 'for', 'that', 'with', 'on', 'as', 'by', 'are'],
    ...['be', 'or', 'from', 'this', 'it', 'an', 'at', 'not', 'their', 'who', 'they', 'have'],
    ...['và', 'của', 'các', 'là', 'có', 'được', 'người', 'những', 'trong', 'cho', 'không'],
    ...['này', 'với', 'để', 'một', 'đã', 'khi', 'bị', 'từ', 'theo', 'về', 'nạn', 'nhân'],
    ...['yang', 'dan', 'di', 'dari', 'untuk', 'dengan', 'ini', 'itu', 'dalam', 'atau', 'ke'],
    ...['ang', 'ng', 'mga', 'sa', 'na', 'at', 'ay', 'ito', 'para'],
  ],
  th: ['การ', 'ที่', 'และ', 'ของ', 'ใน', 'เป็น', 'ได้', 'ให้', 'มี', 'ไม่', 'จะ', 'ว่า', 'ความ'],
  lo: ['ການ', 'ທີ່', 'ແລະ', 'ຂອງ', 'ໃນ', 'ເປັນ', 'ໄດ້', 'ໃຫ້', 'ມີ', 'ບໍ່', 'ຈະ', 'ວ່າ', 'ຄວາມ'],
  km: ['ការ', 'និង', 'នៃ', 'ក្នុង', 'ជា', 'បាន', 'ដែល', 'ពី', 'មាន', 'ឱ្យ', 'នេះ', 'ទៅ', 'អ្នក'],
  my: ['၏', 'သည်', 'များ', 'နှင့်', 'ကို', '၌', 'မှ', 'တွင်', 'ရန်', 'ပါ', 'သော', 'ခြင်း', 'အတွက်'],
};
const COMMON_LATIN = new Set(COMMON_WORDS.vi);

/**
 * A reading with this share of its letters in its language's common words is that language's:
 * on the fixture pages the page's own model reads 11 to 24 % of its letters as common words, a
 * wrong model 5 % at most (the Thai model on the Khmer page).
 */
export const CLEAR_COMMON_SHARE = 0.08;
/**
 * ...when its confidence is at least this: a reading of noise may hit a short word or two. Low,
 * since the Lao model reads its own fixture page at 36 to 51 %.
 */
const MIN_CONFIDENCE = 30;
/** Of two readings that both settle, the winner is clear with at least this many times the other's share. */
const CLEAR_LEAD = 2;

const letter = /[\p{L}\p{M}]/u;
const latinWord = /[\p{L}\p{M}]+/gu;

/** How many letters a reading has, and how many of them stand in the language's common words. */
export function commonWordLetters(
  language: string,
  text: string,
): { letters: number; commonWords: number } {
  let letters = 0;
  for (const char of text) if (letter.test(char)) letters++;
  let common = 0;
  if (language === 'vi') {
    for (const [word] of text.toLowerCase().matchAll(latinWord))
      if (COMMON_LATIN.has(word)) common += [...word].length;
  } else {
    // Thai, Lao, Khmer and Burmese run their words together: a common word is found inside a run.
    for (const word of COMMON_WORDS[language] ?? [])
      common += (text.split(word).length - 1) * [...word].length;
  }
  return { letters, commonWords: Math.min(common, letters) };
}

export interface TrialReading {
  language: string;
  text: string;
  confidence: number;
  ms: number;
}

export function weighTrial(reading: TrialReading): LanguageTrial {
  return {
    language: reading.language,
    confidence: Math.round(reading.confidence),
    ...commonWordLetters(reading.language, reading.text),
    ms: Math.round(reading.ms),
  };
}

const commonShare = (trial: LanguageTrial) =>
  trial.letters === 0 ? 0 : trial.commonWords / trial.letters;

/** True when this trial alone settles the language: no other need be read. */
export function settles(trial: LanguageTrial): boolean {
  return trial.confidence >= MIN_CONFIDENCE && commonShare(trial) >= CLEAR_COMMON_SHARE;
}

/** How well-formed a reading is: 1 when no letter breaks its script's rules, down to 0. */
function formedShare(text: string): number {
  const { breaks, letters } = scriptRuleBreaks(text);
  return letters === 0 ? 1 : Math.max(0, 1 - (5 * breaks) / letters);
}

/**
 * The language the trials point to. The reading with the most of its letters in common words
 * wins, sure when its share settles it and no other reading's does (or it has twice that one's).
 * Otherwise no model read clearly better, and the best guess is still the one leading on common
 * words where any were read (they tell more than confidence, see above), else the reading most
 * confident and best-formed; either is marked unsure.
 */
export function chooseLanguage(
  trials: readonly { trial: LanguageTrial; text: string }[],
  installed: ReadonlySet<string>,
  ms: number,
): LanguageDetection {
  const ranked = [...trials].sort((a, b) => commonShare(b.trial) - commonShare(a.trial));
  const [best, next] = ranked;
  const list = trials.map((t) => t.trial);
  if (!best) return { language: 'en', sure: false, trials: list, ms };
  const nextShare = next ? commonShare(next.trial) : 0;
  const sure =
    settles(best.trial) &&
    (nextShare < CLEAR_COMMON_SHARE || commonShare(best.trial) >= CLEAR_LEAD * nextShare);
  const guess =
    commonShare(best.trial) > nextShare
      ? best
      : [...trials].sort(
          (a, b) =>
            b.trial.confidence * formedShare(b.text) - a.trial.confidence * formedShare(a.text),
        )[0]!;
  return {
    language: namedLanguage(guess.trial.language, guess.text, installed),
    sure,
    trials: list,
    ms,
  };
}

/**
 * The Latin trial's reading named as English, Vietnamese, Indonesian, Malay or Filipino by the
 * text detector the born-digital files use; English where it cannot tell or the language has no
 * recognition data.
 */
function namedLanguage(trialLanguage: string, text: string, installed: ReadonlySet<string>) {
  if (trialLanguage !== 'vi') return trialLanguage;
  const guess = guessLanguage(text);
  return guess.candidates.length === 1 && installed.has(guess.language) ? guess.language : 'en';
}
