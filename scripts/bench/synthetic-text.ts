// Deterministic synthetic prose for benchmarks, shaped like a real library: general words of the
// field in every document, topic words heavily in the documents on that topic and now and then
// elsewhere, function words, and a long tail of rarer words, in Zipf-like proportions. The
// commonest word ("trafficking") makes about 1.5 % of the words, as in real handbooks.

import { BURMESE, FILIPINO, INDONESIAN, KHMER, LAO, THAI, VIETNAMESE } from './region-languages.ts';
import type { RegionLanguage } from './region-languages.ts';

const words = (list: string) => list.split(' ');

export const ENGLISH: RegionLanguage = {
  code: 'en',
  name: 'English',
  share: 40,
  general: words(
    'trafficking victim victims protection case cases law legal national regional persons ' +
      'report policy practice guidelines justice ministry agency police investigation identification ' +
      'exploitation assistance support officials cooperation data training',
  ),
  topics: [
    'fishing vessel vessels crew forced labour debt bondage passport recruitment broker migrant migrants worker workers wages',
    'digital evidence online scam compound phone phones platform social media cyber seizure forensic',
    'court courts judge judges prosecutor prosecutors prosecution hearing trial appeal judgment verdict sentence defence',
    'shelter referral trauma informed survivor survivors counselling reintegration compensation restitution',
    'witness witnesses testimony interview interviews interpreter statement statements recording',
    'mutual request requests extradition border convention article treaty central authority',
    'child children sexual gender disability inclusion girls boys marriage guardian',
    'research brief survey reporting toolkit indicators participants workshop findings sample',
  ].map(words),
  functionWords: words(
    'the of and to in a for is on that with by as be are was this at from or an it not',
  ),
  syllables: words('ka lo mi ra te su no vi pa de ri go ha ne tu ma si bo le fa'),
  wordGap: ' ',
  stop: '.',
  capitalise: true,
};

/** Every language of the corpus; shares add up to 100. */
export const LANGUAGES: readonly RegionLanguage[] = [
  ENGLISH,
  VIETNAMESE,
  THAI,
  INDONESIAN,
  FILIPINO,
  KHMER,
  BURMESE,
  LAO,
];

/** A document's language, by the languages' shares. */
export function documentLanguage(rand: () => number): RegionLanguage {
  let r = rand() * 100;
  for (const language of LANGUAGES) {
    r -= language.share;
    if (r < 0) return language;
  }
  return ENGLISH;
}

/** Topics in every language: a document is about one or two of them. */
export const TOPICS = ENGLISH.topics;

function tailWord(language: RegionLanguage, n: number): string {
  const syllables = language.syllables;
  let word = '';
  let x = n + 7;
  for (let i = 0; i < 3; i++) {
    word += syllables[x % syllables.length];
    x = Math.floor(x / syllables.length) + 3 * i;
  }
  return word;
}

/** What a document is about: topic indexes, the first one its main topic. */
export type Subject = readonly number[];

/** One or two topics, chosen from the seed. */
export function subject(rand: () => number): Subject {
  const main = Math.floor(rand() * TOPICS.length);
  if (rand() < 0.5) return [main];
  const second = (main + 1 + Math.floor(rand() * (TOPICS.length - 1))) % TOPICS.length;
  return [main, second];
}

function pick(rand: () => number, words: readonly string[]): string {
  return words[Math.floor(rand() ** 1.5 * words.length)]!;
}

function domainWord(rand: () => number, about: Subject, language: RegionLanguage): string {
  const r = rand();
  const topics = language.topics;
  if (r < 0.5 || about.length === 0) return pick(rand, language.general);
  // About one domain word in 400 is from a topic the document is not about.
  if (r > 0.9975) return pick(rand, topics[Math.floor(rand() * topics.length)]!);
  const topic = about.length === 1 || r < 0.8 ? about[0]! : about[1]!;
  return pick(rand, topics[topic]!);
}

export function sentence(
  rand: () => number,
  about: Subject = [],
  language: RegionLanguage = ENGLISH,
): string {
  const length = 8 + Math.floor(rand() * 14);
  let text = '';
  for (let i = 0; i < length; i++) {
    const r = rand();
    const functionWords = language.functionWords;
    const word =
      r < 0.4
        ? functionWords[Math.floor(rand() * functionWords.length)]!
        : r < 0.8
          ? domainWord(rand, about, language)
          : tailWord(language, Math.floor(1 / (rand() + 1e-4)));
    // Scripts without spaces between words still space their clauses, every few words.
    const gap = i === 0 ? '' : language.wordGap || (rand() < 0.2 ? ' ' : '');
    text += gap + word;
  }
  const opening = language.capitalise ? text[0]!.toUpperCase() : text[0]!;
  return `${opening}${text.slice(1)}${language.stop}`.trimEnd();
}

/** About `chars` characters of prose in paragraphs, on `about` (general words only when empty). */
export function prose(
  rand: () => number,
  chars: number,
  about: Subject = [],
  language: RegionLanguage = ENGLISH,
): string {
  const paragraphs: string[] = [];
  let total = 0;
  while (total < chars) {
    const sentences = Array.from({ length: 3 + Math.floor(rand() * 4) }, () =>
      sentence(rand, about, language),
    ).join(' ');
    paragraphs.push(sentences);
    total += sentences.length;
  }
  return paragraphs.join('\n\n');
}

/** Pages in a document: mostly short reports and briefs, some long handbooks (mean about 20). */
export function pageCount(rand: () => number): number {
  return Math.min(400, 1 + Math.floor(-Math.log(1 - rand()) * 19));
}

/**
 * Changes whenever the generated text, or what the library indexes for it, changes: a library built
 * before is then rebuilt.
 */
export const TEXT_VERSION = 4;

export const CORPUS_DESCRIPTION =
  `synthetic prose in ${LANGUAGES.map((l) => `${l.name} ${l.share} %`).join(', ')} ` +
  `of the documents, on ${TOPICS.length} topics, each document on one or two; general words of ` +
  'the field in every document, topic words mostly in their topic; 1 to 400 pages a document';

/** A mix of very common, topical, rare and absent terms, phrases, prefixes, exclusions and OR. */
export const ENGLISH_QUERIES = [
  'trafficking',
  'victim protection',
  'digital evidence',
  '"mutual legal assistance"',
  'forced labour fishing',
  'interview*',
  'court -children',
  'passport OR border',
  'trauma informed practice',
  'compensation restitution',
  'kalomi',
  'rateno',
  'scam compound',
  '"debt bondage"',
  'judge testimony interpreter',
  'prosecut*',
  'gender disability inclusion',
  'shelter referral',
  'online sexual exploitation',
  'the',
];

/**
 * The English queries, then queries in the region's other languages: Vietnamese with and without
 * its marks, and words of the scripts written without spaces.
 */
export const BENCH_QUERIES = [
  ...ENGLISH_QUERIES,
  'nạn nhân',
  'nan nhan',
  '"lao động cưỡng bức"',
  'bán',
  'tòa án thẩm phán',
  'การค้ามนุษย์',
  'ผู้เสียหาย ศาล',
  'ການຄ້າມະນຸດ',
  'ជនរងគ្រោះ',
  'လူကုန်ကူးမှု',
  'perdagangan orang',
  'korban perlindung*',
  'biktima proteksyon',
  '"sapilitang paggawa"',
];
