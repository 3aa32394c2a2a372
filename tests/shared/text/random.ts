// Random text for property-style tests, drawn from a seeded generator so a failure replays
// identically.

// Characters that stress the pipeline: operators, quotes, invisible and control characters,
// combining marks, surrogates, compatibility forms and SEA vowel signs.
const NASTY = [
  '"',
  "'",
  '*',
  '-',
  '(',
  ')',
  ':',
  '^',
  '{',
  '}',
  '|',
  '+',
  'OR',
  'AND',
  'NOT',
  'NEAR',
  '\\',
  '\u0000',
  '\u0001',
  '\t',
  '\n',
  '\r',
  '\u00a0',
  '\u00ad',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2028',
  '\ufeff',
  '\ufffd',
  '\u0301',
  '\u0323',
  '\u0e48',
  '\u0e4d\u0e32',
  '\u17d2',
  '\u103a',
  '\ufe0f',
  '\ud83d\ude00',
  '\ud800',
  '\udc00',
  'ﬁ',
  'Ａ',
  'ẞ',
  'İ',
  'Đ',
  'ǅ',
  '①',
  '㎏',
  '\u1100\u1161',
];

function randomCodePoint(rand: () => number): string {
  const ranges: Array<[number, number]> = [
    [0x20, 0x7e],
    [0xa0, 0x24f],
    [0x300, 0x36f],
    [0x370, 0x4ff],
    [0xe00, 0xeff],
    [0x1000, 0x109f],
    [0x1780, 0x17ff],
    [0x1e00, 0x1eff],
    [0x2000, 0x206f],
    [0x3000, 0x30ff],
    [0xac00, 0xd7a3],
    [0xe000, 0xe0ff],
    [0xfb00, 0xfffd],
    [0x1d400, 0x1d7ff],
    [0x1f300, 0x1faff],
  ];
  const [lo, hi] = ranges[Math.floor(rand() * ranges.length)] ?? [0x61, 0x7a];
  return String.fromCodePoint(lo + Math.floor(rand() * (hi - lo + 1)));
}

/** A random string mixing fragments of `pieces`, nasty characters and random code points. */
export function randomText(rand: () => number, pieces: readonly string[], maxParts = 12): string {
  let out = '';
  const parts = 1 + Math.floor(rand() * maxParts);
  for (let k = 0; k < parts; k++) {
    const r = rand();
    if (r < 0.35) {
      const piece = pieces[Math.floor(rand() * pieces.length)] ?? '';
      const from = Math.floor(rand() * piece.length);
      out += piece.slice(from, from + 1 + Math.floor(rand() * 30));
    } else if (r < 0.65) {
      out += NASTY[Math.floor(rand() * NASTY.length)] ?? '';
    } else if (r < 0.85) {
      out += randomCodePoint(rand);
    } else {
      out += ' ';
    }
  }
  return out;
}
