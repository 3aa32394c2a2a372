// An automated accessibility scan (axe-core) of what a page shows: serious and critical
// violations fail the test and are printed with the elements at fault.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

const BLOCKING = new Set(['serious', 'critical']);

/** The serious and critical violations on the page, one readable line per element at fault. */
async function blockingViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const blocking = violations.filter((v) => BLOCKING.has(v.impact ?? ''));
  return blocking.flatMap((v) =>
    v.nodes.map(
      (node) =>
        `${v.impact} ${v.id} (${v.help}): ${node.target.join(' ')} ${node.failureSummary ?? ''}`,
    ),
  );
}

export async function expectNoBlockingViolations(page: Page, screen: string): Promise<void> {
  const found = await blockingViolations(page);
  if (found.length > 0)
    console.error(`Accessibility violations on ${screen}:\n${found.join('\n')}`);
  expect(found, `serious or critical violations on ${screen}`).toEqual([]);
}
