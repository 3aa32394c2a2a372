// What the end-to-end tests and the interface benchmark read off the interface's screens, and
// how they wait for them to settle. The interface marks its state in data attributes (data-query
// and data-pending on the results, data-page-number and data-rendered on a PDF page), so waits
// follow the app, not the clock.
import type { Page } from 'playwright-core';
import type { Portal } from '#core/portal.ts';
import type { SearchRequest } from '#shared/types.ts';

/** The results for this query are on screen, with no newer search on its way. */
export async function waitForResults(page: Page, query: string): Promise<void> {
  await page
    .locator(
      `[data-testid="search-results"][data-query="${cssString(query)}"][data-pending="false"]`,
    )
    .waitFor();
}

/** The document titles in the result list, in order. */
export function resultTitles(page: Page): Promise<string[]> {
  return page.locator('[data-testid="result-item"] [data-result-link]').allTextContents();
}

/** The titles the engine answers for the same request, first page. */
export async function engineTitles(portal: Portal, request: SearchRequest): Promise<string[]> {
  const answer = await portal.api.search({ limit: 20, ...request });
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value.hits.map((hit) => hit.document.title);
}

/** The id of a document of the sample library, found by its exact title. */
export async function documentIdByTitle(portal: Portal, title: string): Promise<string> {
  const documents = await portal.api.listDocuments({ limit: 5000 });
  if (!documents.ok) throw new Error(documents.error.message);
  const found = documents.value.find((d) => d.title === title);
  if (!found) throw new Error(`The sample library has no document titled "${title}".`);
  return found.id;
}

/** The reader shows this page, drawn (canvas and text layer in place). */
export async function waitForReaderPage(page: Page, pageNumber: number): Promise<void> {
  await page
    .locator(`[data-testid="reader-page"][data-page-number="${pageNumber}"][data-rendered="true"]`)
    .waitFor();
}

/** The page number in the reader's page box. */
export function shownPageNumber(page: Page): Promise<string> {
  return page.getByTestId('page-input').inputValue();
}

/** Whether the PDF page's canvas holds anything but blank paper. */
export function canvasHasInk(page: Page): Promise<boolean> {
  return page
    .locator('[data-testid="reader-page"] canvas')
    .evaluate((canvas: HTMLCanvasElement) => {
      const context = canvas.getContext('2d');
      if (!context || canvas.width === 0) return false;
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      for (let i = 0; i < data.length; i += 4) {
        if (data[i]! < 200 && data[i + 3]! > 0) return true;
      }
      return false;
    });
}

/** The texts the search terms are highlighted in, in the PDF page's text layer. */
export function queryHighlights(page: Page): Promise<string[]> {
  return page.locator('[data-testid="reader-page"] .textLayer mark.hl--query').allTextContents();
}

/** The data-testid of the element with focus (or its id when it has none). */
export function focusedElement(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const active = document.activeElement;
    return active?.getAttribute('data-testid') ?? (active?.id || null);
  });
}

/** The hash route in the address bar, decoded ("/search?q=digital evidence&country=LA"). */
export function currentRoute(page: Page): string {
  const hash = new URL(page.url()).hash.replace(/^#/, '');
  return decodeURIComponent(hash.replace(/\+/g, ' '));
}

function cssString(value: string): string {
  return value.replace(/["\\]/g, '\\$&');
}
