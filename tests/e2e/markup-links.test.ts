// An HTML document with an SVG link drawn over its text: clicking it leaves the reader where it is,
// since the sanitiser takes the address off every SVG link.
import { describe, expect, it } from 'vitest';
import { useE2eSession } from './support/e2e-session.ts';

const session = useE2eSession('markup-links');

const DOCUMENT = `<h1>Indicators</h1>
<svg width="400" height="200">
  <a href="https://elsewhere.example/away" xlink:href="https://elsewhere.example/away-xlink">
    <rect width="400" height="200" fill="steelblue"/>
    <text x="20" y="100">Open the court's guidance</text>
  </a>
</svg>`;

describe('a Markdown or HTML document with an SVG link', () => {
  it('cannot take the tab away from the reader', async () => {
    const documents = await session.served.portal.api.listDocuments({ limit: 500 });
    if (!documents.ok) throw new Error(documents.error.message);
    const html = documents.value.find((d) => d.format === 'html');
    if (!html) throw new Error('The sample library has no HTML document.');

    const page = session.page;
    await page.route(`**/files/${html.id}`, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: DOCUMENT }),
    );
    await session.open(`/doc/${html.id}`);
    const figure = page.locator('.markup-document svg');
    await figure.waitFor();
    const before = page.url();

    await figure.click({ position: { x: 200, y: 100 } });
    await page.waitForTimeout(500);

    expect(page.url()).toBe(before);
    expect(await page.locator('.markup-document svg a[href]').count()).toBe(0);
    expect(page.context().pages()).toHaveLength(1);
  });
});
