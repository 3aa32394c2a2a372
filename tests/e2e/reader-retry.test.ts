// A document whose file cannot be fetched (the laptop serving the classroom stopped answering) is
// said so in the reader's own language, here Malay, with a retry that opens it once the file
// answers again.
import { describe, expect, it } from 'vitest';
import ms from '#renderer/i18n/ms.json' with { type: 'json' };
import { useE2eSession } from './support/e2e-session.ts';

const session = useE2eSession('reader-retry');

describe('a document file that cannot be fetched', () => {
  it('is said so in Malay, and opens on retry', async () => {
    const documents = await session.served.portal.api.listDocuments({ limit: 500 });
    if (!documents.ok) throw new Error(documents.error.message);
    const guide = documents.value.find((d) => d.format === 'markdown');
    if (!guide) throw new Error('The sample library has no Markdown guide.');

    const page = await session.newPage({ locale: 'ms-MY' });
    await page.route(`**/files/${guide.id}`, (route) => route.abort('connectionrefused'));
    await session.open(`/doc/${guide.id}`, page);
    const notice = page.getByTestId('error-notice');
    await notice.waitFor();
    expect(await notice.textContent()).toContain(ms.errors.unreachable);

    await page.unroute(`**/files/${guide.id}`);
    await page.getByRole('button', { name: ms.errors.retry }).click();
    await page.getByTestId('markup-reader').waitFor();
    expect(await notice.count()).toBe(0);
  });
});
