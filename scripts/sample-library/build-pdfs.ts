// Prints the HTML sources of the sample library to PDF with Chromium.
//
//   node scripts/sample-library/build-pdfs.ts            rebuild PDFs older than their source
//   node scripts/sample-library/build-pdfs.ts --all      rebuild every PDF
//   node scripts/sample-library/build-pdfs.ts NAME...    rebuild the named sources (without .html)
//
// A PDF is only rewritten when asked or when its source changed, because Chromium stamps each PDF
// with a creation date: an unchanged document keeps its bytes, and so its identity in the library.
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { launchHeadlessChromium } from '../headless-chromium.ts';

const SOURCES = fileURLToPath(new URL('./sources/', import.meta.url));
const OUTPUT = fileURLToPath(new URL('../../resources/library/documents/', import.meta.url));
const STYLESHEET = join(SOURCES, 'print.css');

// Chromium renders the footer in its own small document: fonts and sizes must be set inline.
const FOOTER = `<div style="width:100%; padding:0 20mm; font-size:7.5pt; color:#555;
  font-family:'Noto Sans','Noto Sans Thai','Noto Sans Lao','Noto Sans Khmer','Noto Sans Myanmar',sans-serif;
  display:flex; justify-content:space-between;">
  <span>Sample document · Resource Portal demonstration library</span>
  <span><span class="pageNumber"></span> / <span class="totalPages"></span></span>
</div>`;

interface Source {
  name: string;
  path: string;
}

function listSources(): Source[] {
  return readdirSync(SOURCES)
    .filter((file) => file.endsWith('.html'))
    .sort()
    .map((file) => ({ name: basename(file, '.html'), path: join(SOURCES, file) }));
}

function outputPath(source: Source): string {
  return join(OUTPUT, `${source.name}.pdf`);
}

function isOutOfDate(source: Source): boolean {
  const pdf = outputPath(source);
  if (!existsSync(pdf)) return true;
  const built = statSync(pdf).mtimeMs;
  return statSync(source.path).mtimeMs > built || statSync(STYLESHEET).mtimeMs > built;
}

function selectSources(args: string[], all: Source[]): Source[] {
  const names = args.filter((arg) => !arg.startsWith('--'));
  const unknownFlags = args.filter((arg) => arg.startsWith('--') && arg !== '--all');
  if (unknownFlags.length > 0)
    throw new Error(`Unknown option ${unknownFlags.join(', ')}; the only option is --all.`);
  if (names.length === 0) return args.includes('--all') ? all : all.filter(isOutOfDate);
  const byName = new Map(all.map((source) => [source.name.replace(/\.html$/, ''), source]));
  return names.map((name) => {
    const source = byName.get(name.replace(/\.html$/, ''));
    if (!source) throw new Error(`No source named "${name}" in ${SOURCES}.`);
    return source;
  });
}

/** Refuses sources that would give a PDF without a title or a language for font selection. */
async function checkSource(page: Page, source: Source): Promise<string> {
  const title = (await page.title()).trim();
  if (!title) throw new Error(`${source.name}.html has no <title>; it becomes the PDF title.`);
  const lang = await page.evaluate(() => document.documentElement.lang);
  if (!lang)
    throw new Error(
      `${source.name}.html has no lang attribute on <html>; Chromium needs it to pick fonts.`,
    );
  return title;
}

async function printSource(page: Page, source: Source): Promise<void> {
  await page.goto(pathToFileURL(source.path).href, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready);
  const title = await checkSource(page, source);
  await page.pdf({
    path: outputPath(source),
    format: 'A4',
    printBackground: true,
    outline: true,
    tagged: true,
    displayHeaderFooter: true,
    headerTemplate: '<span></span>',
    footerTemplate: FOOTER,
    margin: { top: '18mm', bottom: '20mm', left: '20mm', right: '20mm' },
  });
  console.log(`${source.name}.pdf  ${title}`);
}

async function main(): Promise<void> {
  const selected = selectSources(process.argv.slice(2), listSources());
  if (selected.length === 0) {
    console.log('All sample PDFs are up to date (use --all to rebuild them).');
    return;
  }
  mkdirSync(OUTPUT, { recursive: true });
  const browser = await launchHeadlessChromium();
  try {
    const page = await browser.newPage();
    for (const source of selected) await printSource(page, source);
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
