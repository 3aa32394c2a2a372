// Deterministic synthetic prose for benchmarks: domain words mixed with a long tail of rarer
// words, in Zipf-like proportions, so queries meet common, medium and rare terms as in real text.
// The commonest domain word ("trafficking") makes about 1.5 % of the words, as in real handbooks.

const DOMAIN = (
  'trafficking victim victims protection court courts judge judges prosecutor prosecutors evidence digital ' +
  'witness testimony interview interpreter shelter referral identification exploitation labour forced ' +
  'recruitment migrant migrants worker workers fishing vessel vessels debt bondage passport border police ' +
  'investigation investigators case cases law legal assistance mutual request requests cooperation ' +
  'regional national ministry justice procuracy handbook guideline guidelines training workshop participants ' +
  'gender disability inclusion child children sexual online scam compound forced marriage agency report ' +
  'data reporting toolkit policy research brief convention article sentence compensation restitution ' +
  'trauma informed practice survivor survivors hearing trial appeal judgment verdict prosecution defence'
).split(' ');

const FUNCTION_WORDS =
  'the of and to in a for is on that with by as be are was this at from or an it not'.split(' ');

/** A small fast deterministic generator (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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

export function sentence(rand: () => number): string {
  const length = 8 + Math.floor(rand() * 14);
  const words: string[] = [];
  for (let i = 0; i < length; i++) {
    const r = rand();
    if (r < 0.4) words.push(FUNCTION_WORDS[Math.floor(rand() * FUNCTION_WORDS.length)]!);
    else if (r < 0.8) words.push(DOMAIN[Math.floor(rand() ** 1.5 * DOMAIN.length)]!);
    else words.push(tailWord(Math.floor(1 / (rand() + 1e-4))));
  }
  const text = words.join(' ');
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

/** About `chars` characters of prose in paragraphs. */
export function prose(rand: () => number, chars: number): string {
  const paragraphs: string[] = [];
  let total = 0;
  while (total < chars) {
    const sentences = Array.from({ length: 3 + Math.floor(rand() * 4) }, () => sentence(rand)).join(
      ' ',
    );
    paragraphs.push(sentences);
    total += sentences.length;
  }
  return paragraphs.join('\n\n');
}

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
