// The reader's sanitiser, run as the interface runs it: DOMPurify and marked in Chromium, on a page
// of its own that may reach no other host. Each document's result is put into the live page, so
// anything left that would load (a picture, an SVG resource) shows up as a request.
import { readFileSync } from 'node:fs';
import { stripTypeScriptTypes } from 'node:module';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchHeadlessChromium } from '#scripts/headless-chromium.ts';
import { REPO_ROOT } from '#scripts/portal-ui/renderer-build.ts';

const ORIGIN = 'http://markup.test';
const MARKUP_DIR = join(REPO_ROOT, 'renderer', 'src', 'reader', 'markup');
const PIXEL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

const moduleFile = (path: string) => ({ contentType: 'text/javascript', body: readFileSync(path) });
const typeScriptModule = (name: string) => ({
  contentType: 'text/javascript',
  body: stripTypeScriptTypes(readFileSync(join(MARKUP_DIR, name), 'utf8')),
});

const FILES: Record<string, { contentType: string; body: string | Buffer }> = {
  '/': {
    contentType: 'text/html',
    body: `<!doctype html><meta charset="utf-8"><script type="importmap">${JSON.stringify({
      imports: { dompurify: '/dompurify.mjs', marked: '/marked.mjs' },
    })}</script><script type="module">
      import { renderMarkup } from '/render-markup.ts';
      window.renderMarkup = renderMarkup;
    </script><body></body>`,
  },
  '/dompurify.mjs': moduleFile(
    join(REPO_ROOT, 'node_modules', 'dompurify', 'dist', 'purify.es.mjs'),
  ),
  '/marked.mjs': moduleFile(join(REPO_ROOT, 'node_modules', 'marked', 'lib', 'marked.esm.js')),
  '/render-markup.ts': typeScriptModule('render-markup.ts'),
  '/markup-references.ts': typeScriptModule('markup-references.ts'),
};

let browser: Browser;
let context: BrowserContext;
let page: Page;
let offsite: string[] = [];

beforeAll(async () => {
  browser = await launchHeadlessChromium();
  context = await browser.newContext();
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    const file = url.origin === ORIGIN ? FILES[url.pathname] : undefined;
    if (file) return route.fulfill({ status: 200, ...file });
    offsite.push(url.href);
    return route.abort('internetdisconnected');
  });
  page = await context.newPage();
  await page.goto(`${ORIGIN}/`);
  await page.waitForFunction(() => 'renderMarkup' in window);
});

afterAll(async () => {
  await browser?.close();
});

afterEach(() => {
  offsite = [];
});

/** The document rendered into the live page; its HTML, after the page had time to load from it. */
async function rendered(source: string, format: 'html' | 'markdown' = 'html'): Promise<string> {
  return page.evaluate(
    async ([text, kind]) => {
      const { renderMarkup } = window as unknown as {
        renderMarkup(source: string, format: string): DocumentFragment;
      };
      const host = document.createElement('div');
      document.body.replaceChildren(host);
      host.append(renderMarkup(text, kind));
      await new Promise((resolve) => setTimeout(resolve, 300));
      return host.innerHTML;
    },
    [source, format] as const,
  );
}

/** Every attribute left on every element, as "element attribute=value". */
async function attributesOf(source: string, format: 'html' | 'markdown' = 'html') {
  await rendered(source, format);
  return page.evaluate(() =>
    [...document.body.querySelectorAll('*')].flatMap((element) =>
      [...element.attributes].map((a) => `${element.localName} ${a.name}=${a.value}`),
    ),
  );
}

describe('renderMarkup', () => {
  it('sees a remote picture left in the page (the check below works)', async () => {
    await page.evaluate(async () => {
      document.body.innerHTML = '<img src="https://pictures.example/control.png">';
      await new Promise((resolve) => setTimeout(resolve, 300));
    });
    expect(offsite).toEqual(['https://pictures.example/control.png']);
  });

  it('takes the address off SVG links, whatever the case of their names', async () => {
    const attributes = await attributesOf(
      `<svg><a href="https://elsewhere.example/"><text>Go</text></a>
       <a xlink:href="https://elsewhere.example/x"><rect width="9" height="9"/></a></svg>
       <SVG><A HREF="https://elsewhere.example/upper">Up</A></SVG>`,
    );
    expect(attributes.filter((a) => /href/i.test(a))).toEqual([]);
    expect(offsite).toEqual([]);
  });

  it('takes every address off SVG elements: image, feImage, pattern, textPath', async () => {
    const attributes = await attributesOf(
      `<svg><image href="https://pictures.example/a.png" width="9" height="9"/>
       <IMAGE XLINK:HREF="https://pictures.example/b.png" width="9" height="9"/>
       <filter><feImage href="https://pictures.example/c.png"/><feimage xlink:href="https://pictures.example/d.png"/></filter>
       <pattern href="https://pictures.example/e.svg#p"/><text><textPath href="https://pictures.example/f.svg#t">t</textPath></text>
       <use href="https://pictures.example/g.svg#u"/></svg>`,
    );
    expect(attributes.filter((a) => /href|https/i.test(a))).toEqual([]);
    expect(attributes.some((a) => a.startsWith('use '))).toBe(false);
    expect(offsite).toEqual([]);
  });

  it('keeps an SVG image the document carries itself', async () => {
    const attributes = await attributesOf(
      `<svg><image href="${PIXEL}" width="9" height="9"/></svg>`,
    );
    expect(attributes).toContain(`image href=${PIXEL}`);
  });

  it('drops SVG presentation attributes that reach for an address, escaped or not', async () => {
    const attributes = await attributesOf(
      `<svg><rect width="9" height="9" fill="url(https://pictures.example/p.svg#g)"/>
       <rect width="9" height="9" filter="\\75rl(https://pictures.example/f.svg#f)"/>
       <rect width="9" height="9" mask="url('https://pictures.example/m.svg#m')" stroke="red"/></svg>`,
    );
    expect(attributes.filter((a) => /fill=|filter=|mask=/.test(a))).toEqual([]);
    expect(attributes).toContain('rect stroke=red');
    expect(offsite).toEqual([]);
  });

  it('drops remote pictures in HTML and keeps pictures the document carries', async () => {
    const attributes = await attributesOf(
      `<img src="https://pictures.example/a.png" alt="Map">
       <img srcset="https://pictures.example/b.png 2x" src="${PIXEL}" alt="Dot">
       <picture><source srcset="https://pictures.example/c.png"><img alt="Chart"></picture>
       <IMG SRC="https://pictures.example/d.png" alt="Upper">`,
    );
    expect(attributes.filter((a) => /https/.test(a))).toEqual([]);
    expect(attributes).toContain(`img src=${PIXEL}`);
    expect(attributes).toContain('img alt=Map');
    expect(offsite).toEqual([]);
  });

  it('drops background attributes, posters and style url()', async () => {
    const attributes = await attributesOf(
      `<table background="https://pictures.example/t.png"><tr><td background="https://pictures.example/d.png">Cell</td></tr></table>
       <div style="background-image:url(https://pictures.example/s.png)">Styled</div>
       <p poster="https://pictures.example/p.png">Poster</p>`,
    );
    expect(attributes.filter((a) => /https|background|style|poster/.test(a))).toEqual([]);
    expect(offsite).toEqual([]);
  });

  it('keeps web and mail links from HTML, opening outside, and drops every other link', async () => {
    const attributes = await attributesOf(
      `<a href="https://www.unodc.org/">UNODC</a> <A HREF="mailto:desk@example.org">Mail</A>
       <a href="javascript:alert(1)">Script</a> <a href="other.html">Relative</a>
       <map><area href="https://elsewhere.example/" alt="Area"></map>
       <math><mi href="https://elsewhere.example/">x</mi></math>`,
    );
    expect(attributes.filter((a) => a.includes('href='))).toEqual([
      'a href=https://www.unodc.org/',
      'a href=mailto:desk@example.org',
    ]);
    expect(attributes.filter((a) => a.includes('target='))).toEqual([
      'a target=_blank',
      'a target=_blank',
    ]);
    expect(attributes).toContain('a rel=noopener noreferrer');
  });

  it('applies the same rules to Markdown', async () => {
    const html = await rendered(
      '![Map](https://pictures.example/map.png) [Guide](https://www.unodc.org/) ' +
        '<svg><a href="https://elsewhere.example/"><text>Go</text></a></svg>',
      'markdown',
    );
    expect(html).not.toContain('pictures.example');
    expect(html).not.toContain('elsewhere.example');
    expect(html).toContain('href="https://www.unodc.org/"');
    expect(offsite).toEqual([]);
  });
});
