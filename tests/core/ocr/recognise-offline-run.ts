// Run by no-network.test.ts in a process of its own, under the offline guard: starts an engine,
// reads the sideways page in Vietnamese (the orientation detector, a change of languages and the
// recogniser all load their data), and prints what it read.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ocrDataFolders } from '#core/ocr/ocr-languages.ts';
import { createOcrEngine } from '#core/ocr/recognise-page.ts';

const cacheFolder = process.argv[2];
if (!cacheFolder) throw new Error('Give the cache folder.');
const image = readFileSync(
  join(import.meta.dirname, '../../fixtures/ocr/en-handbook-sideways.png'),
);
const engine = await createOcrEngine({ dataFolders: ocrDataFolders({}), cacheFolder });
try {
  const page = await engine.recognise(image, ['vi']);
  process.stdout.write(JSON.stringify({ words: page.words.length, rotation: page.rotation }));
} finally {
  await engine.close();
}
