// A country with more documents than a profile page shows at first: the first ones by title,
// each type's full count, and the rest on asking.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openLibraryDb } from '#core/db/open-database.ts';
import { startServer } from '#core/http/http-server.ts';
import type { RunningServer } from '#core/http/http-server.ts';
import { applyTaxonomy } from '#core/ingest/apply-taxonomy.ts';
import { loadCatalog } from '#core/ingest/load-catalog.ts';
import { openPortal } from '#core/portal.ts';
import type { Portal } from '#core/portal.ts';
import { insertDocument } from '#core/store/library/document-writer.ts';
import { FIRST_DOCUMENTS } from '#renderer/components/ProfileDocuments.tsx';
import { href } from '#renderer/router/routes.ts';
import { launchHeadlessChromium } from '#scripts/headless-chromium.ts';
import { ensureRendererBuilt } from '#scripts/portal-ui/renderer-build.ts';
import { SAMPLE_LIBRARY } from '#scripts/portal-ui/sample-portal.ts';
import { textRecord } from '../helpers/document-records.ts';
import { tempFolderFor } from '../helpers/temp-folder.ts';
import { openOfflinePage } from './support/browser.ts';

const DOCUMENTS = FIRST_DOCUMENTS + 10;

let portal: Portal | null = null;
let server: RunningServer | null = null;
let browser: Browser | null = null;

beforeAll(async () => {
  const work = tempFolderFor('e2e-profile-documents');
  const db = openLibraryDb(join(work, 'library.sqlite'));
  applyTaxonomy(db, loadCatalog(SAMPLE_LIBRARY).taxonomy);
  db.transaction(() => {
    for (let d = 0; d < DOCUMENTS; d++) {
      const record = textRecord(d.toString(16).padStart(64, '0'), ['Court hearing'], {
        title: `Brief ${String(d).padStart(3, '0')}`,
      });
      const type = d % 2 === 0 ? 'report' : 'handbook';
      insertDocument(
        db,
        { ...record, metadata: { ...record.metadata, type, countries: ['LA'] } },
        'now',
      );
    }
  })();
  db.close();
  portal = openPortal({
    libraryDbPath: join(work, 'library.sqlite'),
    userDbPath: join(work, 'user.sqlite'),
  });
  [server, browser] = await Promise.all([
    ensureRendererBuilt().then((staticDir) =>
      startServer({ portal: portal!, staticDir, libraryDir: null }),
    ),
    launchHeadlessChromium(),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  portal?.close();
});

describe("a country's documents", () => {
  it('shows the first ones with each type’s full count, and all of them on asking', async () => {
    const { page, context } = await openOfflinePage(browser!);
    await page.goto(`${server!.url}${href.country('LA')}`);
    const cards = page.locator('.document-groups li');
    await page.getByRole('button', { name: `Show all ${DOCUMENTS} documents` }).waitFor();
    expect(await cards.count()).toBe(FIRST_DOCUMENTS);
    for (const type of ['report', 'handbook'])
      expect(
        await page.getByTestId(`document-group-${type}`).locator('h3 .count').textContent(),
      ).toBe(String(DOCUMENTS / 2));

    await page.getByRole('button', { name: `Show all ${DOCUMENTS} documents` }).click();
    await expect.poll(() => cards.count()).toBe(DOCUMENTS);
    expect(await page.getByRole('button', { name: /^Show all/ }).count()).toBe(0);
    await context.close();
  }, 60_000);
});
