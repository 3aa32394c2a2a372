// An automated accessibility scan (axe-core) of the main screens, once each has settled. Serious
// and critical violations fail the test and are printed with the elements at fault.
import { describe, it } from 'vitest';
import { expectNoBlockingViolations } from './support/accessibility.ts';
import { useE2eSession } from './support/e2e-session.ts';
import {
  documentIdByTitle,
  waitForReaderPage,
  waitForResults,
} from '#scripts/portal-ui/portal-screens.ts';

const session = useE2eSession('accessibility');

describe('accessibility scan of the main screens', () => {
  it('home', async () => {
    await session.open('/');
    await session.page.getByTestId('recent-documents').waitFor();
    await session.page.getByTestId('country-list').waitFor();
    await expectNoBlockingViolations(session.page, 'home');
  });

  it('search results, with a filter on', async () => {
    await session.open('/search?q=digital%20evidence&country=LA');
    await waitForResults(session.page, 'digital evidence');
    await expectNoBlockingViolations(session.page, 'search results');
  });

  it('country page', async () => {
    await session.open('/country/LA');
    await session.page.getByTestId('programme-chart').waitFor();
    await session.page.getByTestId('document-card').first().waitFor();
    await expectNoBlockingViolations(session.page, 'country page');
  });

  it('document page with the reader open at a hit', async () => {
    const id = await documentIdByTitle(
      session.served.portal,
      'Digital Evidence in Trafficking in Persons Cases: Report of the First National Workshop (Lao PDR)',
    );
    await session.open(`/doc/${id}?page=2&q=digital%20evidence`);
    await waitForReaderPage(session.page, 2);
    await session.page.locator('.textLayer mark.hl--query').first().waitFor();
    await expectNoBlockingViolations(session.page, 'document page');
  });

  it('"Add to reading list" open on search results', async () => {
    await session.open('/search?q=digital%20evidence');
    await waitForResults(session.page, 'digital evidence');
    await session.page.getByTestId('add-to-list').first().click();
    await session.page.getByTestId('add-to-list-panel').first().getByRole('textbox').waitFor();
    await expectNoBlockingViolations(session.page, 'add to reading list');
  });

  it('a reading list, its handout and the settings', async () => {
    const { portal } = session.served;
    const created = await portal.api.createReadingList({
      name: 'Evidence module',
      note: 'Read before Tuesday.',
    });
    if (!created.ok) throw new Error(created.error.message);
    const listId = created.value.id;
    const documentId = await documentIdByTitle(
      portal,
      'Guidelines for Victim-Sensitive Courts in Trafficking in Persons Cases (Lao PDR)',
    );
    await portal.api.addReadingListItem({ listId, documentId, page: 3, note: 'Closed hearings' });
    await portal.api.updateReadingList({ id: listId, shared: true });

    await session.open(`/lists/${listId}`);
    await session.page.getByTestId('reading-list-items').waitFor();
    await expectNoBlockingViolations(session.page, 'reading list');
    await session.open(`/lists/${listId}/handout`);
    await session.page.getByTestId('handout-items').waitFor();
    await expectNoBlockingViolations(session.page, 'handout');
    await session.open('/settings');
    await session.page.getByTestId('shared-lists-setting').waitFor();
    await expectNoBlockingViolations(session.page, 'settings');
  });
});
