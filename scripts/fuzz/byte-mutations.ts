// Arbitraries that damage real files the way downloads, disks and attackers do: bits flipped,
// the end cut off, bytes spliced in, and for PDFs the numbers a reader trusts (the cross-reference
// table and its offset, stream lengths, page counts) made wrong or enormous.
import fc from 'fast-check';

export type Mutation = (bytes: Uint8Array) => Uint8Array;

/** A mutation that prints as what it does, so a failing case's report can be read. */
export function named(description: string, mutate: Mutation): Mutation {
  return Object.assign(mutate, { [fc.toStringMethod]: () => description });
}

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');
const fromLatin1 = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));

/** A position given as a fraction of the file, so one case fits files of any length. */
const at = (bytes: Uint8Array, fraction: number) =>
  Math.min(bytes.length - 1, Math.floor(fraction * bytes.length));

const flipBits: fc.Arbitrary<Mutation> = fc
  .array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 7 })), {
    minLength: 1,
    maxLength: 16,
  })
  .map((flips) =>
    named(`flip bits ${JSON.stringify(flips)}`, (bytes) => {
      const copy = new Uint8Array(bytes);
      for (const [fraction, bit] of flips) {
        const i = at(copy, fraction);
        copy[i] = copy[i]! ^ (1 << bit);
      }
      return copy;
    }),
  );

const truncate: fc.Arbitrary<Mutation> = fc
  .double({ min: 0, max: 1, noNaN: true })
  .map((fraction) =>
    named(`truncate at ${fraction}`, (bytes) =>
      bytes.subarray(0, Math.floor(fraction * bytes.length)),
    ),
  );

const splice: fc.Arbitrary<Mutation> = fc
  .tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.uint8Array({ maxLength: 64 }), fc.nat(64))
  .map(([fraction, inserted, removed]) =>
    named(`at ${fraction} remove ${removed} bytes, insert [${inserted.join(',')}]`, (bytes) => {
      const cut = at(bytes, fraction);
      return Buffer.concat([bytes.subarray(0, cut), inserted, bytes.subarray(cut + removed)]);
    }),
  );

/** Numbers a parser may trust too much: huge, negative, zero, past any file, not integers. */
export const hostileNumber = fc.oneof(
  fc.constantFrom('0', '-1', '2147483647', '4294967296', '99999999999999999999', '1e308', '3.5'),
  fc.nat().map(String),
  fc.integer({ min: -1000, max: 1_000_000 }).map(String),
);

/** Replaces the numbers after each match of `pattern` (a keyword) with hostile ones. */
const replaceNumbersAfter = (keyword: RegExp) =>
  fc.array(hostileNumber, { minLength: 1, maxLength: 4 }).map((numbers) =>
    named(`${String(keyword)} numbers made ${numbers.join(', ')}`, (bytes) => {
      let i = 0;
      const text = latin1(bytes).replace(
        keyword,
        (_whole, before: string) => `${before}${numbers[i++ % numbers.length]}`,
      );
      return fromLatin1(text);
    }),
  );

/** The offsets of the cross-reference table's entries, rewritten with random digits. */
const scrambleXrefEntries: fc.Arbitrary<Mutation> = fc
  .array(fc.tuple(fc.nat(), fc.stringMatching(/^[0-9]{10}$/)), { minLength: 1, maxLength: 8 })
  .map((changes) =>
    named(`xref entries rewritten ${JSON.stringify(changes)}`, (bytes) => {
      const entries = [...latin1(bytes).matchAll(/^(\d{10}) (\d{5}) ([nf])/gm)];
      if (entries.length === 0) return bytes;
      const copy = Buffer.from(bytes);
      for (const [pick, digits] of changes)
        copy.write(digits, entries[pick % entries.length]!.index, 'latin1');
      return new Uint8Array(copy);
    }),
  );

/** Damage any PDF reader must survive. */
export const pdfMutation: fc.Arbitrary<Mutation> = fc.oneof(
  flipBits,
  truncate,
  splice,
  replaceNumbersAfter(/(startxref\s+)\d+/g),
  scrambleXrefEntries,
  replaceNumbersAfter(/(\/Length\s+)\d+/g),
  replaceNumbersAfter(/(\/Count\s+)\d+/g),
  replaceNumbersAfter(/(\/Size\s+)\d+/g),
  replaceNumbersAfter(/(\/N\s+)\d+/g),
);

/** Damage to any file's bytes, format blind. */
export const byteMutation: fc.Arbitrary<Mutation> = fc.oneof(flipBits, truncate, splice);

/** One to three mutations, applied in turn. */
export const mutations = (one: fc.Arbitrary<Mutation>) =>
  fc
    .array(one, { minLength: 1, maxLength: 3 })
    .map((list) =>
      named(list.map((m) => fc.stringify(m)).join(' then '), (bytes) =>
        list.reduce((current, mutate) => (current.length ? mutate(current) : current), bytes),
      ),
    );
