// Browsing without a query: by country (the map or the list), by theme and by organisation. Each
// profile page shows what the taxonomy records and the documents the engine lists for it, grouped
// by document type.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Portal } from '#core/portal.ts';
import type { DocumentListRequest, Taxonomy } from '#shared/api.ts';
import { saveScreenshot } from './support/browser.ts';
import { useE2eSession } from './support/e2e-session.ts';
import { currentRoute, resultTitles } from '#scripts/portal-ui/portal-screens.ts';

const session = useE2eSession('browse');

async function taxonomy(portal: Portal): Promise<Taxonomy> {
  const answer = await portal.api.taxonomy();
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value;
}

/** The documents the engine lists, as "type: id" lines sorted, the form groupedOnScreen gives. */
async function listedByEngine(portal: Portal, request: DocumentListRequest): Promise<string[]> {
  const answer = await portal.api.listDocuments({ limit: 5000, ...request });
  if (!answer.ok) throw new Error(answer.error.message);
  if (answer.value.length === 0)
    throw new Error(`The sample library lists nothing for ${JSON.stringify(request)}.`);
  return answer.value.map((d) => `${d.type}: ${d.id}`).sort();
}

/** The document cards of a profile page, as "type: id" lines from the group each sits in. */
async function groupedOnScreen(scope: Locator): Promise<string[]> {
  const lines = await scope.locator('[data-testid^="document-group-"]').evaluateAll((groups) =>
    groups.flatMap((group) => {
      const type = group.getAttribute('data-testid')!.replace('document-group-', '');
      return [...group.querySelectorAll('[data-testid="document-card"]')].map(
        (card) => `${type}: ${card.getAttribute('data-document-id')}`,
      );
    }),
  );
  return lines.sort();
}

function heading(page: Page): Promise<string | null> {
  return page.locator('#page-title').textContent();
}

describe('browsing by country', () => {
  it('clicking Lao PDR on the map opens its profile: focal point, partners, figures chart, documents by type', async () => {
    const { page } = session;
    const { portal } = session.served;
    const lao = (await taxonomy(portal)).countries.find((c) => c.code === 'LA')!;
    const names = new Map((await taxonomy(portal)).organisations.map((o) => [o.id, o.name]));

    await session.open('/');
    await page
      .getByRole('group', { name: 'Map of the ASEAN member states' })
      .getByRole('link', { name: /^Lao PDR, \d+ documents$/ })
      .click();
    const profile = page.locator('[data-testid="country-page"][data-country="LA"]');
    await profile.waitFor();
    expect(currentRoute(page)).toBe('/country/LA');
    expect(await heading(page)).toBe('Lao PDR');

    const focal = profile.getByRole('region', { name: 'Focal point' });
    expect(await focal.getByRole('link').first().textContent()).toBe(names.get(lao.focalPointId!));
    expect(
      await profile.getByRole('list', { name: 'Partners' }).getByRole('link').allTextContents(),
    ).toEqual(lao.partnerIds.map((id) => names.get(id)));
    const chart = profile.getByTestId('programme-chart').getByRole('img').first();
    expect(await chart.getAttribute('aria-label')).toBe(
      `Events: ${lao.figures.events}; Participants: ${lao.figures.participants}; ` +
        `Training events: ${lao.figures.capacityEvents}; People trained: ${lao.figures.peopleTrained}`,
    );
    await expect
      .poll(() => groupedOnScreen(profile))
      .toEqual(await listedByEngine(portal, { country: 'LA' }));
    await saveScreenshot(page, 'country-lao-pdr', { fullPage: true });
  });

  it("the small map on a country's page does not announce wrong document counts", async () => {
    const { page } = session;
    const { portal } = session.served;
    const counts = await portal.api.search({ query: '', limit: 1 });
    if (!counts.ok) throw new Error(counts.error.message);
    const lao = counts.value.facets.countries.find((c) => c.value === 'LA')?.count ?? 0;
    await session.open('/country/LA');
    await page.getByTestId('country-page').waitFor();
    const name = await page
      .getByTestId('asean-map')
      .locator('[data-country="LA"]')
      .getAttribute('aria-label');
    // Either the country alone or its true count: never "0 documents" for a country that has some.
    expect(name).toMatch(new RegExp(`^Lao PDR(, ${lao} documents)?$`));
  });

  it('the list beside the map leads to the same profiles', async () => {
    const { page } = session;
    const { portal } = session.served;
    await session.open('/');
    await page
      .getByTestId('country-list')
      .getByRole('link', { name: /^Viet Nam/ })
      .click();
    const profile = page.locator('[data-testid="country-page"][data-country="VN"]');
    await profile.waitFor();
    expect(await heading(page)).toBe('Viet Nam');
    await expect
      .poll(() => groupedOnScreen(profile))
      .toEqual(await listedByEngine(portal, { country: 'VN' }));
  });
});

describe('browsing by theme', () => {
  it('a form of exploitation lists its documents by type and searches within them', async () => {
    const { page } = session;
    const { portal } = session.served;
    await session.open('/');
    await page
      .getByTestId('theme-facet-exploitation')
      .getByRole('link', { name: /^Forced labour/ })
      .click();
    const themePage = page.locator('[data-testid="theme-page"][data-theme="forced-labour"]');
    await themePage.waitFor();
    expect(await heading(page)).toBe('Forced labour');
    await expect
      .poll(() => groupedOnScreen(themePage))
      .toEqual(await listedByEngine(portal, { theme: 'forced-labour' }));
    await saveScreenshot(page, 'theme-forced-labour', { fullPage: true });

    await page.getByRole('link', { name: 'Search documents on Forced labour' }).click();
    const answer = await portal.api.search({
      query: '',
      filters: { themes: ['forced-labour'] },
      limit: 20,
    });
    if (!answer.ok) throw new Error(answer.error.message);
    await expect
      .poll(() => resultTitles(page))
      .toEqual(answer.value.hits.map((h) => h.document.title));
    expect(currentRoute(page)).toBe('/search?theme=forced-labour');
  });
});

describe('browsing by organisation', () => {
  it("an organisation's page gives its contact, where it works with the programme and its documents", async () => {
    const { page } = session;
    const { portal } = session.served;
    const court = (await taxonomy(portal)).organisations.find((o) => o.id === 'la-psc')!;

    await session.open('/');
    await page
      .getByRole('region', { name: 'Browse by organisation' })
      .getByRole('link', { name: new RegExp(`^${court.name.replace(/[()]/g, '\\$&')}`) })
      .click();
    const profile = page.locator('[data-testid="organisation-page"][data-organisation="la-psc"]');
    await profile.waitFor();
    expect(await heading(page)).toBe(court.name);
    expect(
      await profile.getByRole('region', { name: 'Work with the programme' }).textContent(),
    ).toContain('Partner in Lao PDR');
    await expect
      .poll(() => groupedOnScreen(profile))
      .toEqual(await listedByEngine(portal, { organisation: 'la-psc' }));
    await saveScreenshot(page, 'organisation-peoples-supreme-court', { fullPage: true });

    // From a country's profile, its focal point is one click away.
    await session.open('/country/LA');
    await page.getByRole('region', { name: 'Focal point' }).getByRole('link').first().click();
    await page.locator('[data-testid="organisation-page"][data-organisation="la-mps"]').waitFor();
    expect(currentRoute(page)).toBe('/organisation/la-mps');
  });
});
