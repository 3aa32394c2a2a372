// Tells whether a child process's error output shows V8 giving up for lack of heap, while passing
// that output on unchanged. V8 prints "... JavaScript heap out of memory" and then aborts, which
// otherwise looks like any other crash.
import type { Readable, Writable } from 'node:stream';

const SIGN = 'heap out of memory';

export function watchForOutOfMemory(output: Readable, forward: Writable): () => boolean {
  let seen = false;
  // The sign may be split between two chunks: keep the end of the previous one.
  let tail = '';
  output.on('data', (chunk: Buffer) => {
    forward.write(chunk);
    const text = tail + chunk.toString('utf8');
    if (text.includes(SIGN)) seen = true;
    tail = text.slice(-SIGN.length);
  });
  return () => seen;
}
