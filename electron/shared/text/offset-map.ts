// A growable array of source offsets: entry k is the index, in the source text, of the code unit
// that output code unit k came from.

export class OffsetMap {
  private data: Int32Array;
  length = 0;

  constructor(capacity: number) {
    this.data = new Int32Array(Math.max(16, capacity));
  }

  private reserve(extra: number): void {
    const needed = this.length + extra;
    if (needed <= this.data.length) return;
    const grown = new Int32Array(Math.max(needed, this.data.length * 2));
    grown.set(this.data.subarray(0, this.length));
    this.data = grown;
  }

  /** Appends `count` entries that all point at `source`. */
  repeat(source: number, count: number): void {
    this.reserve(count);
    this.data.fill(source, this.length, this.length + count);
    this.length += count;
  }

  /** Appends `count` entries pointing at consecutive sources from `source` on. */
  range(source: number, count: number): void {
    this.reserve(count);
    for (let k = 0; k < count; k++) this.data[this.length + k] = source + k;
    this.length += count;
  }

  /** Appends entries [from, to) of an earlier map, composing two passes. */
  copyFrom(previous: Int32Array, from: number, to: number): void {
    this.reserve(to - from);
    this.data.set(previous.subarray(from, to), this.length);
    this.length += to - from;
  }

  toArray(): Int32Array {
    return this.data.slice(0, this.length);
  }
}
