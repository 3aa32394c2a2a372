// Deterministic synthetic prose for benchmarks, shaped like a real library: general words of the
// field in every document, topic words heavily in the documents on that topic and now and then
// elsewhere, function words, and a long tail of rarer words, in Zipf-like proportions. The
// commonest word ("trafficking") makes about 1.5 % of the words, as in real handbooks.

/** Words of the field that any document on trafficking in persons uses. */
const GENERAL = (
  'trafficking victim victims protection case cases law legal national regional persons ' +
  'report policy practice guidelines justice ministry agency police investigation identification ' +
  'exploitation assistance support officials cooperation data training'
).split(' ');

/** Topics: a document is about one or two of them, and mentions the others only in passing. */
export const TOPICS: readonly (readonly string[])[] = [
  'fishing vessel vessels crew forced labour debt bondage passport recruitment broker migrant migrants worker workers wages',
  'digital evidence online scam compound phone phones platform social media cyber seizure forensic',
  'court courts judge judges prosecutor prosecutors prosecution hearing trial appeal judgment verdict sentence defence',
  'shelter referral trauma informed survivor survivors counselling reintegration compensation restitution',
  'witness witnesses testimony interview interviews interpreter statement statements recording',
  'mutual request requests extradition border convention article treaty central authority',
  'child children sexual gender disability inclusion girls boys marriage guardian',
  'research brief survey reporting toolkit indicators participants workshop findings sample',
].map((topic) => topic.split(' '));

const FUNCTION_WORDS =
  'the of and to in a for is on that with by as be are was this at from or an it not'.split(' ');

const SYLLABLES = 'ka lo mi ra te su no vi pa de ri go ha ne tu ma si bo le fa'.split(' ');

function tailWord(n: number): string {
  let word = '';
  let x = n + 7;
  for (let i = 0; i < 3; i++) {
    word += SYLLABLES[x % SYLLABLES.length];
    x = Math.floor(x / SYLLABLES.length) + 3 * i;
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

function domainWord(rand: () => number, about: Subject): string {
  const r = rand();
  if (r < 0.5 || about.length === 0) return pick(rand, GENERAL);
  // About one domain word in 400 is from a topic the document is not about.
  if (r > 0.9975) return pick(rand, TOPICS[Math.floor(rand() * TOPICS.length)]!);
  const topic = about.length === 1 || r < 0.8 ? about[0]! : about[1]!;
  return pick(rand, TOPICS[topic]!);
}

export function sentence(rand: () => number, about: Subject = []): string {
  const length = 8 + Math.floor(rand() * 14);
  const words: string[] = [];
  for (let i = 0; i < length; i++) {
    const r = rand();
    if (r < 0.4) words.push(FUNCTION_WORDS[Math.floor(rand() * FUNCTION_WORDS.length)]!);
    else if (r < 0.8) words.push(domainWord(rand, about));
    else words.push(tailWord(Math.floor(1 / (rand() + 1e-4))));
  }
  const text = words.join(' ');
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

/** About `chars` characters of prose in paragraphs, on `about` (general words only when empty). */
export function prose(rand: () => number, chars: number, about: Subject = []): string {
  const paragraphs: string[] = [];
  let total = 0;
  while (total < chars) {
    const sentences = Array.from({ length: 3 + Math.floor(rand() * 4) }, () =>
      sentence(rand, about),
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

export const CORPUS_DESCRIPTION =
  `synthetic English prose on ${TOPICS.length} topics, each document on one or two; ` +
  `general words (${GENERAL.slice(0, 3).join(', ')}…) in every document, topic words ` +
  'mostly in their topic; 1 to 400 pages a document';

/** A mix of very common, topical, rare and absent terms, phrases, prefixes, exclusions and OR. */
export const BENCH_QUERIES = [
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
