// Static-copy benchmark (not a test): for libraries of 100 and 500 PDFs from the bench's corpus,
// the time `portal export-site` takes, the copy's size and its search index's size, and in
// Chromium the time from opening index.html (file://) to a search answering, cold and warm.
// Usage: npm run build && npm run bench:site [-- --pdfs 100,500 --pages-per-pdf 25]
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { openPortal } from '#core/portal.ts';
import { exportSite } from '#core/static-copy/export-site.ts';
import { launchHeadlessChromium } from '../headless-chromium.ts';
import { CORPUS_VERSION, ensurePdfCorpus } from './pdf-corpus.ts';

const REPO_ROOT = resolve(import.meta.dirname, '..', '..');
const WORK = join(REPO_ROOT, '.tmp', 'bench');
const PAGE_ASSETS = {
  script: join(REPO_ROOT, 'dist', 'static-copy', 'static-copy.js'),
  style: join(REPO_ROOT, 'dist', 'static-copy', 'static-copy.css'),
};
const QUERIES = ['trafficking', 'digital evidence', 'interview*', 'kalomi'];
const WARM_RUNS = 3;

const { values: args } = parseArgs({
  options: {
    pdfs: { type: 'string', default: '100,500' },
    'pages-per-pdf': { type: 'string', default: '25' },
  },
});
const sizes = args.pdfs.split(',').map(Number);
const pagesPerPdf = Number(args['pages-per-pdf']);

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;

/** The first `count` PDFs of the corpus in a folder of their own, indexed into a database. */
async function library(corpus: string, count: number) {
  const folder = join(WORK, `site-${count}-${pagesPerPdf}`);
  const dbPath = `${folder}.sqlite`;
  const marker = `${dbPath}.complete-${CORPUS_VERSION}`;
  const portal = () =>
    openPortal({
      libraryDbPath: dbPath,
      userDbPath: `${folder}-user.sqlite`,
      libraryFolder: folder,
    });
  if (existsSync(marker)) return portal();
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const files = readdirSync(corpus)
    .filter((f) => f.endsWith('.pdf'))
    .sort()
    .slice(0, count);
  for (const file of files) copyFileSync(join(corpus, file), join(folder, file));
  for (const suffix of ['', '-wal', '-shm']) rmSync(dbPath + suffix, { force: true });
  const opened = portal();
  await opened.index(folder, { workers: 2 });
  writeFileSync(marker, '');
  return opened;
}

/** Milliseconds from navigating to index.html to the results of `query` on screen. */
async function openAndSearch(
  page: import('playwright-core').Page,
  url: string,
  query: string,
): Promise<number> {
  // From another page, so that opening the copy always loads it anew.
  await page.goto('about:blank');
  const started = performance.now();
  await page.goto(`${url}#q=${encodeURIComponent(query)}`);
  await page.waitForSelector('html[data-copy-ready]');
  await page.waitForFunction(() => document.querySelector('#copy-count')?.textContent !== '');
  return performance.now() - started;
}

async function main() {
  if (!existsSync(PAGE_ASSETS.script))
    throw new Error('Run npm run build first: the copy needs its page script.');
  const corpus = join(WORK, 'site-corpus');
  await ensurePdfCorpus(corpus, Math.max(...sizes), pagesPerPdf);
  const browser = await launchHeadlessChromium();
  const rows: string[] = [];
  try {
    for (const count of sizes) {
      const portal = await library(corpus, count);
      const folder = join(WORK, `site-${count}-${pagesPerPdf}-copy`);
      const exportStarted = performance.now();
      const report = await exportSite(portal.api, {
        folder,
        selection: { filters: {} },
        madeBy: 'bench:site',
        madeAt: new Date(),
        pageAssets: PAGE_ASSETS,
        replace: true,
        documentFile: (id) => portal.resolveDocumentFile(id),
      });
      const exportMs = performance.now() - exportStarted;
      portal.close();
      const url = pathToFileURL(join(folder, 'index.html')).href;
      const cold: number[] = [];
      const warm: number[] = [];
      for (const query of QUERIES) {
        // A fresh browser context has an empty cache: the first opening reads every file.
        const context = await browser.newContext();
        const page = await context.newPage();
        cold.push(await openAndSearch(page, url, query));
        for (let run = 0; run < WARM_RUNS; run++) warm.push(await openAndSearch(page, url, query));
        await context.close();
      }
      rows.push(
        `  ${String(count).padStart(4)} PDFs  ${String(report.documents).padStart(4)} docs  export ${(exportMs / 1000).toFixed(1).padStart(5)} s  copy ${mb(report.totalBytes).padStart(9)}  index ${mb(report.indexBytes).padStart(8)}  open→answer cold ${median(cold).toFixed(0).padStart(5)} ms (max ${Math.max(...cold).toFixed(0)})  warm ${median(warm).toFixed(0).padStart(5)} ms`,
      );
    }
  } finally {
    await browser.close();
  }
  console.log(
    [
      `Static copy (${pagesPerPdf} pages a PDF; queries: ${QUERIES.join(', ')}; medians, Chromium headless from file://)`,
      ...rows,
      'Targets at 500 PDFs: index under 5 MB, open→answer under 1 s.',
    ].join('\n'),
  );
}

await main();
