// The benchmarks' PDF corpus: synthetic documents printed by Chromium, as many real documents are
// made, cached under .tmp/bench until the generator or the requested size changes.
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { prose, subject } from './synthetic-text.ts';
import { seededRandom } from '../seeded-random.ts';

export const CORPUS_VERSION = 'v7';

export async function ensurePdfCorpus(
  dir: string,
  files: number,
  pagesPerFile: number,
): Promise<void> {
  const marker = join(dir, `.complete-${CORPUS_VERSION}-${files}-${pagesPerFile}`);
  if (existsSync(marker)) return;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const { launchHeadlessChromium } = await import('../headless-chromium.ts');
  const browser = await launchHeadlessChromium();
  const page = await browser.newPage();
  for (let f = 0; f < files; f++) {
    const rand = seededRandom(1000 + f);
    const about = subject(rand);
    const sections = Array.from(
      { length: pagesPerFile },
      (_, i) =>
        `<h2>Section ${i + 1}</h2><p>${prose(rand, 2600, about).replaceAll('\n\n', '</p><p>')}</p>`,
    );
    await page.setContent(
      `<html lang="en"><head><title>Benchmark document ${f + 1}</title><style>body{font:11pt serif} h2{page-break-before:always}</style></head><body><h1>Benchmark document ${f + 1}</h1>${sections.join('')}</body></html>`,
    );
    await page.pdf({ path: join(dir, `doc-${String(f + 1).padStart(3, '0')}.pdf`), format: 'A4' });
  }
  await browser.close();
  writeFileSync(marker, '');
}
