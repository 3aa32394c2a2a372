// Screens fed by a request of their own say so, in the reader's language, when it fails, and
// show their content when "Try again" is pressed once the library answers: the bookmarks page
// when the laptop serving the library is out of reach (in Thai), a country's documents when the
// server fails to answer (in Vietnamese).
import { describe, expect, it } from 'vitest';
import th from '#renderer/i18n/th.json' with { type: 'json' };
import vi from '#renderer/i18n/vi.json' with { type: 'json' };
import { documentIdByTitle } from '#scripts/portal-ui/portal-screens.ts';
import { useE2eSession } from './support/e2e-session.ts';

const session = useE2eSession('list-retry');

const GUIDELINES =
  'Guidelines for Victim-Sensitive Courts in Trafficking in Persons Cases (Lao PDR)';

describe('a list whose request fails', () => {
  it('is said so on the bookmarks page, and shown on retry once the library answers', async () => {
    const { portal } = session.served;
    const id = await documentIdByTitle(portal, GUIDELINES);
    const saved = await portal.api.saveBookmark({ documentId: id, page: 2, note: '' });
    if (!saved.ok) throw new Error(saved.error.message);

    const page = await session.newPage({ locale: 'th-TH' });
    await page.route('**/api/listBookmarks', (route) => route.abort('connectionrefused'));
    await session.open('/bookmarks', page);
    const notice = page.getByTestId('error-notice');
    await notice.waitFor();
    expect(await notice.textContent()).toContain(th.errors.unreachable);
    expect(await page.getByTestId('bookmark-list').count()).toBe(0);

    await page.unroute('**/api/listBookmarks');
    await page.getByRole('button', { name: th.errors.retry }).click();
    const list = page.getByTestId('bookmark-list');
    await list.waitFor();
    expect(await list.getByRole('heading', { level: 2 }).textContent()).toBe(GUIDELINES);
    expect(await notice.count()).toBe(0);
    await portal.api.deleteBookmark(saved.value.id);
  });

  it("is said so on a country's page, and its documents shown on retry", async () => {
    const page = await session.newPage({ locale: 'vi-VN' });
    let failing = true;
    await page.route('**/api/listDocuments', (route) =>
      failing
        ? route.fulfill({ status: 500, contentType: 'text/plain', body: 'busy' })
        : route.continue(),
    );
    await session.open('/country/LA', page);
    const notice = page.getByTestId('error-notice');
    await notice.waitFor();
    expect(await notice.getByText(vi.errors.documentsFailed).count()).toBe(1);

    failing = false;
    await page.getByRole('button', { name: vi.errors.retry }).click();
    await page.locator('.profile-documents .document-group').first().waitFor();
    expect(await notice.count()).toBe(0);
  });
});
