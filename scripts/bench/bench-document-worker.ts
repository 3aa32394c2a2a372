// Makes the benchmark's documents off the main thread: the text pipeline is most of a build's
// time, so two of these keep both cores busy while the main thread writes to the database.
import { parentPort } from 'node:worker_threads';
import { benchDocument } from './bench-document.ts';

parentPort!.on('message', (batch: { first: number; lengths: number[] }) => {
  parentPort!.postMessage(batch.lengths.map((pages, i) => benchDocument(batch.first + i, pages)));
});
