// Interface benchmark (not a test): the built interface in Debian's Chromium against the sample
// library served as `portal serve` does.
//  - keystroke to results painted: from a key's keydown in the search box to the frame after the
//    results for the new query are on screen, split into the typing pause (debounce), the request
//    and the rendering;
//  - first PDF page: from navigation start to the frame after the page is first shown, as the
//    first-page image the server drew or as the reader's canvas (drawn off screen, so it holds the
//    page when it arrives), whichever comes first; and to the frame after the canvas, apart. Cold
//    (a fresh browser profile loading the app at the document's address) and within the running
//    app (home -> document, and a click on the document's link after the pointer has rested on it
//    for POINTING_MS, on its country's page, from the click). Each document is first entered
//    once, unmeasured, so that its image has been drawn and kept as after a first view; the
//    figures are those of the views after it.
// Prints p50/p95 and writes bench-report-ui.json. Timings depend on the machine; nothing is asserted.
// With --reference, the first PDF page is measured for another build of the interface too (say,
// of an earlier commit), its openings taking turns with this build's, so that both figures come
// from the same run on the same machine.
// Usage: node scripts/bench/ui-bench.ts [--keystrokes 40] [--openings 10] [--reference dist-dir]
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchHeadlessChromium } from '../headless-chromium.ts';
import { canvasHasInk } from '../portal-ui/portal-screens.ts';
import { ensureRendererBuilt } from '../portal-ui/renderer-build.ts';
import { startSamplePortal } from '../portal-ui/sample-portal.ts';
import type { SamplePortal } from '../portal-ui/sample-portal.ts';

const REPORT = resolve(import.meta.dirname, '..', '..', 'bench-report-ui.json');
const TARGET_KEYSTROKE_P95_MS = 150;
const TARGET_FIRST_PAGE_COLD_P95_MS = 300;
const TARGET_FIRST_PAGE_IN_APP_P95_MS = 150;
/** How long the pointer rests on a link before the click: shorter than most people's. */
const POINTING_MS = 150;
/** What a user might type; cycled through until enough keystrokes have been measured. */
const TYPED = ['digital evidence', 'interpreter', 'forced labour', 'traffick*', 'compensation'];

const { values: args } = parseArgs({
  options: {
    keystrokes: { type: 'string', default: '40' },
    openings: { type: 'string', default: '10' },
    reference: { type: 'string' },
  },
});
const referenceDir = args.reference === undefined ? null : resolve(args.reference);
const keystrokeCount = Number(args.keystrokes);
const openingCount = Number(args.openings);
if (
  !Number.isInteger(keystrokeCount) ||
  keystrokeCount < 1 ||
  !Number.isInteger(openingCount) ||
  openingCount < 1
) {
  throw new Error('--keystrokes and --openings must be whole numbers of at least 1.');
}

interface Keystroke {
  query: string;
  /** keydown to the first search request. */
  pauseMs: number;
  /** Request sent to response received. */
  requestMs: number;
  /** Response received to the frame after the results were on screen. */
  renderMs: number;
  totalMs: number;
}

interface Stats {
  n: number;
  p50: number;
  p95: number;
  max: number;
}

function stats(values: number[]): Stats {
  const sorted = values.toSorted((a, b) => a - b);
  const at = (p: number) =>
    sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
  const round = (x: number) => Math.round(x * 10) / 10;
  return { n: sorted.length, p50: round(at(50)), p95: round(at(95)), max: round(sorted.at(-1)!) };
}

/**
 * Page-side probes, installed before the app's own scripts. They run in Chromium: plain DOM, no
 * imports. "Painted" is the frame after the change: a requestAnimationFrame callback runs just
 * before that frame is drawn, and a message posted from it arrives once it has been.
 */
function installProbes(): void {
  type Armed = {
    query: string;
    keyAt: number | null;
    requestAt: number | null;
    responseAt: number | null;
    done: Promise<{ keyAt: number; requestAt: number; responseAt: number; paintedAt: number }>;
  };
  const afterNextPaint = (then: (at: number) => void) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => then(performance.now());
      channel.port2.postMessage(null);
    });
  const whenPresent = (found: () => boolean): Promise<number> =>
    new Promise((resolve) => {
      const check = () => {
        if (!found()) return;
        observer.disconnect();
        afterNextPaint(resolve);
      };
      const observer = new MutationObserver(check);
      observer.observe(document, { childList: true, subtree: true, attributes: true });
      check();
    });

  let armed: Armed | null = null;
  window.addEventListener(
    'keydown',
    (event) => {
      if (armed && armed.keyAt === null) armed.keyAt = event.timeStamp;
    },
    true,
  );
  const fetchOriginal = window.fetch.bind(window);
  window.fetch = (input, init) => {
    const current = armed;
    const searching =
      current !== null &&
      current.requestAt === null &&
      String(input instanceof Request ? input.url : input).endsWith('/api/search');
    if (!searching) return fetchOriginal(input, init);
    current.requestAt = performance.now();
    return fetchOriginal(input, init).then((response) => {
      current.responseAt ??= performance.now();
      return response;
    });
  };

  const probes = {
    /** Starts watching for the results of this query; the next keydown starts the clock. */
    arm(query: string): void {
      const state: Partial<Armed> = { query, keyAt: null, requestAt: null, responseAt: null };
      state.done = whenPresent(() => {
        const results = document.querySelector<HTMLElement>('[data-testid="search-results"]');
        return (
          state.keyAt !== null &&
          results?.dataset.query === query &&
          results.dataset.pending === 'false'
        );
      }).then((paintedAt) => ({
        keyAt: state.keyAt!,
        requestAt: state.requestAt ?? Number.NaN,
        responseAt: state.responseAt ?? Number.NaN,
        paintedAt,
      }));
      armed = state as Armed;
    },
    armed: () => armed!.done,
    /** When the reader's first page canvas is painted, in ms since navigation start. */
    pdfPainted: () =>
      whenPresent(() => document.querySelector('[data-testid="reader-page"] canvas') !== null),
    /** From the next click to the first page painted, and to the canvas. */
    afterClick: (): Promise<[number, number]> =>
      new Promise((resolve) => {
        document.addEventListener(
          'click',
          () => {
            const at = performance.now();
            void Promise.all([probes.pageShown(), probes.pdfPainted()]).then(([shown, painted]) =>
              resolve([shown - at, painted - at]),
            );
          },
          { once: true, capture: true },
        );
      }),
    /** When the first page is painted, as the server's image or as the canvas. */
    pageShown: () =>
      whenPresent(
        () =>
          document.querySelector(
            '[data-testid="reader-page"] canvas, img[data-first-page][data-loaded]',
          ) !== null,
      ),
  };
  Object.assign(window, { uiBench: probes });
}

/** The probes as the page exposes them (functions run in the page name them through this type). */
interface ProbedWindow {
  uiBench: {
    arm(query: string): void;
    armed(): Promise<Record<'keyAt' | 'requestAt' | 'responseAt' | 'paintedAt', number>>;
    pdfPainted(): Promise<number>;
    pageShown(): Promise<number>;
    afterClick(): Promise<[number, number]>;
  };
}

async function newBenchContext(browser: Browser): Promise<BrowserContext> {
  // No request interception here: it would add a round trip to every request it timed.
  const context = await browser.newContext({
    viewport: { width: 1280, height: 860 },
    locale: 'en-GB',
  });
  await context.addInitScript(installProbes);
  return context;
}

async function measureKeystrokes(
  browser: Browser,
  url: string,
  count: number,
): Promise<Keystroke[]> {
  const context = await newBenchContext(browser);
  const page = await context.newPage();
  await page.goto(`${url}#/search`);
  await page.locator('[data-testid="search-results"][data-pending="false"]').waitFor();
  await page.keyboard.press('/');
  const measured: Keystroke[] = [];
  for (let word = 0; measured.length < count; word++) {
    const text = TYPED[word % TYPED.length]!;
    await page.keyboard.press('Control+A');
    let previous: string | null = null;
    for (let i = 0; i < text.length && measured.length < count; i++) {
      const query = text.slice(0, i + 1).trim();
      if (query === previous) {
        // The same request as before (a trailing space): nothing new to paint.
        await page.keyboard.type(text[i]!);
        continue;
      }
      previous = query;
      await page.evaluate((q) => (window as unknown as ProbedWindow).uiBench.arm(q), query);
      await page.keyboard.type(text[i]!);
      const t = await page.evaluate(() => (window as unknown as ProbedWindow).uiBench.armed());
      measured.push({
        query,
        pauseMs: t.requestAt - t.keyAt,
        requestMs: t.responseAt - t.requestAt,
        renderMs: t.paintedAt - t.responseAt,
        totalMs: t.paintedAt - t.keyAt,
      });
    }
  }
  await context.close();
  return measured;
}

interface BenchDocument {
  id: string;
  title: string;
  countries: string[];
}

async function pdfDocuments(served: SamplePortal, count: number): Promise<BenchDocument[]> {
  const listed = await served.portal.api.listDocuments({ limit: 5000 });
  if (!listed.ok) throw new Error(listed.error.message);
  const pdfs = listed.value.filter((d) => d.format === 'pdf');
  if (pdfs.length === 0) throw new Error('The sample library holds no PDF.');
  return Array.from({ length: count }, (_, i) => pdfs[i % pdfs.length]!);
}

/** Where a cold start spends its time: when each resource had arrived, ms since navigation start. */
const COLD_MILESTONES = {
  'app script': /\/assets\/index-[^/]*\.js$/,
  'first-page image': /\/first-page\/[0-9a-f]{64}$/,
  'taxonomy answered': /\/api\/taxonomy$/,
  'document details answered': /\/api\/getDocument$/,
  'pdf.js worker': /pdf\.worker[^/]*\.m?js$/,
  'PDF bytes': /\/files\/[0-9a-f]{64}$/,
} as const;
type Milestone = keyof typeof COLD_MILESTONES;

interface Opening {
  /** To the page shown: the first-page image or the canvas, whichever came first. */
  ms: number;
  /** To the canvas. */
  canvasMs: number;
  inked: boolean;
  milestones?: Partial<Record<Milestone, number>>;
}

/** A cold start at the document's address: ms from navigation start to its first page painted. */
async function openCold(browser: Browser, url: string, id: string): Promise<Opening> {
  const context = await newBenchContext(browser);
  const page = await context.newPage();
  await page.goto(`${url}#/doc/${id}`, { waitUntil: 'commit' });
  const [ms, canvasMs] = await page.evaluate(() => {
    const probes = (window as unknown as ProbedWindow).uiBench;
    return Promise.all([probes.pageShown(), probes.pdfPainted()]);
  });
  const inked = await canvasHasInk(page);
  const resources = await page.evaluate(() =>
    performance.getEntriesByType('resource').map((entry) => ({
      name: new URL(entry.name).pathname,
      end: entry.startTime + entry.duration,
    })),
  );
  await context.close();
  const milestones: Partial<Record<Milestone, number>> = {};
  for (const [milestone, pattern] of Object.entries(COLD_MILESTONES) as [Milestone, RegExp][]) {
    const ends = resources.filter((r) => pattern.test(r.name)).map((r) => r.end);
    if (ends.length > 0) milestones[milestone] = Math.min(...ends);
  }
  return { ms, canvasMs, inked, milestones };
}

/** Within the running app: ms from leaving home for the document to its first page painted. */
async function openWarm(page: Page, id: string): Promise<Opening> {
  await page.evaluate(() => {
    window.location.hash = '#/';
  });
  await page.locator('[data-testid="recent-documents"]').waitFor();
  const [ms, canvasMs] = await page.evaluate(async (documentId) => {
    const probes = (window as unknown as ProbedWindow).uiBench;
    const shown = probes.pageShown();
    const painted = probes.pdfPainted();
    const start = performance.now();
    window.location.hash = `#/doc/${documentId}`;
    return [(await shown) - start, (await painted) - start];
  }, id);
  return { ms, canvasMs, inked: await canvasHasInk(page) };
}

/**
 * Within the running app as a user enters a document: on its country's page, the pointer rests
 * on its link, then clicks it; ms from the click to its first page painted. Null when the page
 * does not list it (it lists a country's first documents).
 */
async function openPointed(page: Page, document: BenchDocument): Promise<Opening | null> {
  await page.evaluate((country) => {
    window.location.hash = `#/country/${country}`;
  }, document.countries[0]!);
  const link = page.locator(`a[href="#/doc/${document.id}"]`).first();
  const listed = await link.waitFor({ timeout: 10_000 }).then(
    () => true,
    () => false,
  );
  if (!listed) return null;
  await link.hover();
  await page.waitForTimeout(POINTING_MS);
  const measured = page.evaluate(() => (window as unknown as ProbedWindow).uiBench.afterClick());
  await link.click();
  const [ms, canvasMs] = await measured;
  return { ms, canvasMs, inked: await canvasHasInk(page) };
}

function line(label: string, s: Stats, target?: number): string {
  const verdict =
    target === undefined
      ? ''
      : s.p95 < target
        ? `  (target p95 < ${target} ms: met)`
        : `  (target p95 < ${target} ms: NOT met)`;
  return `  ${label.padEnd(50)} p50 ${String(s.p50).padStart(6)} ms   p95 ${String(s.p95).padStart(6)} ms   max ${String(s.max).padStart(6)} ms   n=${s.n}${verdict}`;
}

/** First PDF pages, cold and in the app, for each served build in turn, document by document. */
async function measureOpenings(
  browser: Browser,
  urls: string[],
  documents: BenchDocument[],
): Promise<{ cold: Opening[]; warm: Opening[]; pointed: Opening[] }[]> {
  const measured = urls.map(() => ({
    cold: [] as Opening[],
    warm: [] as Opening[],
    pointed: [] as Opening[],
  }));
  for (const d of documents) {
    for (const [i, url] of urls.entries())
      measured[i]!.cold.push(await openCold(browser, url, d.id));
  }
  const contexts = await Promise.all(urls.map(() => newBenchContext(browser)));
  const pages = await Promise.all(contexts.map((context) => context.newPage()));
  for (const [i, url] of urls.entries()) {
    await pages[i]!.goto(url);
    await openWarm(pages[i]!, documents[0]!.id);
  }
  for (const d of documents) {
    for (const [i, page] of pages.entries()) measured[i]!.warm.push(await openWarm(page, d.id));
  }
  for (const d of documents.filter((listed) => listed.countries.length > 0)) {
    for (const [i, page] of pages.entries()) {
      const opening = await openPointed(page, d);
      if (opening) measured[i]!.pointed.push(opening);
    }
  }
  await Promise.all(contexts.map((context) => context.close()));
  return measured;
}

/** Enters each document once in the running app, as a first view, and waits for its canvas. */
async function viewOnce(browser: Browser, url: string, documents: BenchDocument[]): Promise<void> {
  const context = await newBenchContext(browser);
  const page = await context.newPage();
  await page.goto(url);
  for (const id of new Set(documents.map((d) => d.id))) await openWarm(page, id);
  await context.close();
}

async function main(): Promise<void> {
  const staticDir = await ensureRendererBuilt();
  const dataDir = mkdtempSync(join(tmpdir(), 'portal-ui-bench-'));
  const served = await startSamplePortal(dataDir, staticDir);
  const referenceDataDir = referenceDir ? mkdtempSync(join(tmpdir(), 'portal-ui-bench-')) : null;
  const reference =
    referenceDir && referenceDataDir
      ? await startSamplePortal(referenceDataDir, referenceDir)
      : null;
  const browser = await launchHeadlessChromium();
  try {
    const documents = await pdfDocuments(served, openingCount);
    // One unmeasured pass of each kind, so that the first figure does not carry disk and JIT warm-up.
    await measureKeystrokes(browser, served.url, 3);
    await viewOnce(browser, served.url, documents);
    if (reference) await viewOnce(browser, reference.url, documents);
    await openCold(browser, served.url, documents[0]!.id);
    if (reference) await openCold(browser, reference.url, documents[0]!.id);

    const keystrokes = await measureKeystrokes(browser, served.url, keystrokeCount);
    const openings = await measureOpenings(
      browser,
      reference ? [served.url, reference.url] : [served.url],
      documents,
    );
    const { cold, warm, pointed } = openings[0]!;
    const referenceOpenings = openings[1];

    const figures = {
      keystrokeToResultsPainted: stats(keystrokes.map((k) => k.totalMs)),
      typingPause: stats(keystrokes.map((k) => k.pauseMs)),
      searchRequest: stats(keystrokes.map((k) => k.requestMs)),
      renderAndPaint: stats(keystrokes.map((k) => k.renderMs)),
      afterPauseToResultsPainted: stats(keystrokes.map((k) => k.totalMs - k.pauseMs)),
      firstPdfPageCold: stats(cold.map((o) => o.ms)),
      firstPdfPageInApp: stats(warm.map((o) => o.ms)),
      firstCanvasCold: stats(cold.map((o) => o.canvasMs)),
      firstCanvasInApp: stats(warm.map((o) => o.canvasMs)),
      firstPdfPagePointed: stats(pointed.map((o) => o.ms)),
      firstCanvasPointed: stats(pointed.map((o) => o.canvasMs)),
    };
    const coldMilestones = Object.fromEntries(
      (Object.keys(COLD_MILESTONES) as Milestone[]).map((m) => [
        m,
        stats(cold.map((o) => o.milestones?.[m] ?? Number.NaN).filter((ms) => !Number.isNaN(ms))),
      ]),
    );
    const blank = [...cold, ...warm, ...pointed].filter((o) => !o.inked).length;
    console.log(
      `Interface benchmark: sample library, ${documents.length} PDF openings, Chromium ${browser.version()}`,
    );
    console.log('Keystroke in the search box to results painted');
    console.log(
      line(
        'keydown -> results painted',
        figures.keystrokeToResultsPainted,
        TARGET_KEYSTROKE_P95_MS,
      ),
    );
    console.log(line('  of which: typing pause before the request', figures.typingPause));
    console.log(line('  of which: search request over HTTP', figures.searchRequest));
    console.log(line('  of which: render and paint', figures.renderAndPaint));
    console.log(line('request sent -> results painted', figures.afterPauseToResultsPainted));
    console.log('First PDF page painted in the reader (the first-page image or the canvas)');
    console.log(
      line(
        'navigation start -> first page (cold start)',
        figures.firstPdfPageCold,
        TARGET_FIRST_PAGE_COLD_P95_MS,
      ),
    );
    console.log(line('navigation start -> canvas (cold start)', figures.firstCanvasCold));
    for (const [milestone, figure] of Object.entries(coldMilestones)) {
      if (figure.n > 0) console.log(line(`  cold start: ${milestone} by`, figure));
    }
    console.log(
      line(
        'home -> document, first page (in the app)',
        figures.firstPdfPageInApp,
        TARGET_FIRST_PAGE_IN_APP_P95_MS,
      ),
    );
    console.log(line('home -> document, canvas (in the app)', figures.firstCanvasInApp));
    console.log(
      line(
        'link pointed at, click -> first page (in the app)',
        figures.firstPdfPagePointed,
        TARGET_FIRST_PAGE_IN_APP_P95_MS,
      ),
    );
    console.log(line('link pointed at, click -> canvas (in the app)', figures.firstCanvasPointed));
    const referenceFigures = referenceOpenings && {
      build: referenceDir,
      firstPdfPageCold: stats(referenceOpenings.cold.map((o) => o.ms)),
      firstPdfPageInApp: stats(referenceOpenings.warm.map((o) => o.ms)),
      firstCanvasCold: stats(referenceOpenings.cold.map((o) => o.canvasMs)),
      firstCanvasInApp: stats(referenceOpenings.warm.map((o) => o.canvasMs)),
      firstPdfPagePointed: stats(referenceOpenings.pointed.map((o) => o.ms)),
      firstCanvasPointed: stats(referenceOpenings.pointed.map((o) => o.canvasMs)),
    };
    if (referenceFigures) {
      console.log(`Reference build ${referenceDir}, measured in turn with this one`);
      console.log(
        line('navigation start -> first page (cold start)', referenceFigures.firstPdfPageCold),
      );
      console.log(
        line('navigation start -> canvas (cold start)', referenceFigures.firstCanvasCold),
      );
      console.log(
        line('home -> document, first page (in the app)', referenceFigures.firstPdfPageInApp),
      );
      console.log(line('home -> document, canvas (in the app)', referenceFigures.firstCanvasInApp));
      console.log(
        line(
          'link pointed at, click -> first page (in the app)',
          referenceFigures.firstPdfPagePointed,
        ),
      );
      console.log(
        line('link pointed at, click -> canvas (in the app)', referenceFigures.firstCanvasPointed),
      );
    }
    if (blank > 0) console.log(`  warning: ${blank} first pages were painted blank`);
    writeFileSync(
      REPORT,
      `${JSON.stringify({ date: new Date().toISOString(), chromium: browser.version(), figures, coldMilestones, reference: referenceFigures, keystrokes, blankPages: blank }, null, 2)}\n`,
    );
    console.log(`Report: ${REPORT}`);
  } finally {
    await browser.close();
    await served.close();
    await reference?.close();
    rmSync(dataDir, { recursive: true, force: true });
    if (referenceDataDir) rmSync(referenceDataDir, { recursive: true, force: true });
  }
}

await main();
