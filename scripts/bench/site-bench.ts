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
import type { Page } from 'playwright-core';
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

/**
 * Milliseconds from the browser's start of navigation to index.html to the results of `query` on
 * screen (the page marks the moment), and to the load of a blank page in the same folder: the
 * reference that shows what the machine's load costs every page alike.
 */
async function openAndSearch(
  page: Page,
  folder: string,
  query: string,
): Promise<{ answer: number; blank: number }> {
  const blankPage = join(folder, 'blank.html');
  writeFileSync(blankPage, '<!doctype html><title>blank</title>');
  await page.goto(pathToFileURL(blankPage).href);
  const blank = await page.evaluate(() => performance.getEntriesByType('navigation')[0]!.duration);
  rmSync(blankPage);
  await page.goto(
    `${pathToFileURL(join(folder, 'index.html')).href}#q=${encodeURIComponent(query)}`,
  );
  await page.waitForSelector('html[data-copy-ready]');
  const answer = await page.evaluate(
    () => performance.getEntriesByName('static-copy-ready')[0]!.startTime,
  );
  return { answer, blank };
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
        language: 'en',
        madeAt: new Date(),
        pageAssets: PAGE_ASSETS,
        replace: true,
        documentFile: (id) => portal.resolveDocumentFile(id),
        isShareable: (id) => portal.isShareable(id),
      });
      const exportMs = performance.now() - exportStarted;
      portal.close();
      const cold: number[] = [];
      const warm: number[] = [];
      const blank: number[] = [];
      for (const query of QUERIES) {
        // A fresh browser context has an empty cache: the first opening reads every file.
        const context = await browser.newContext();
        const page = await context.newPage();
        const first = await openAndSearch(page, folder, query);
        cold.push(first.answer);
        blank.push(first.blank);
        for (let run = 0; run < WARM_RUNS; run++) {
          const again = await openAndSearch(page, folder, query);
          warm.push(again.answer);
          blank.push(again.blank);
        }
        await context.close();
      }
      const ms = (values: number[]) => `${median(values).toFixed(0).padStart(5)} ms`;
      rows.push(
        `  ${String(count).padStart(4)} PDFs  export ${(exportMs / 1000).toFixed(1).padStart(5)} s  copy ${mb(report.totalBytes).padStart(8)}  index ${mb(report.indexBytes).padStart(7)}  open→answer cold ${ms(cold)}, warm ${ms(warm)}  (blank page ${ms(blank)})`,
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
