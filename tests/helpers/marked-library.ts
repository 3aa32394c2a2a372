// A small library with one court decision marked "do not share": the guide beside it shares its
// words, the event links to both, and a reading list shared with the room holds both documents.
import { join } from 'node:path';
import type { Portal } from '#core/portal.ts';
import type { DocumentSummary } from '#shared/types.ts';
import { openIndexedPortal } from './indexed-portal.ts';
import { writeFiles } from './temp-folder.ts';

const TAXONOMY = `version: 1
countries:
  - { code: VN, name: Viet Nam }
  - { code: TH, name: Thailand }
`;

const CATALOG = `version: 1
documents:
  - file: decision.md
    type: legislation
    title: Decision naming the victims
    countries: [VN]
    language: en
    year: 2021
    summary: A judgment on forced labour at sea.
  - file: guide.md
    type: guideline
    title: Guide to forced labour cases
    countries: [TH]
    language: en
    year: 2023
    summary: How forced labour at sea is proved.
entries:
  - id: hearing-2023
    type: event
    date: 2023-05-04
    title: Hearing on forced labour at sea
    countries: [TH]
    body: A hearing on forced labour cases.
    documents: [decision.md, guide.md]
`;

export interface MarkedLibrary {
  portal: Portal;
  /** The document marked "do not share", the guide and the event that links to both. */
  decision: DocumentSummary;
  guide: DocumentSummary;
  event: DocumentSummary;
  /** A reading list shared with the room, holding the decision and the guide. */
  sharedListId: number;
}

export async function openMarkedLibrary(root: string): Promise<MarkedLibrary> {
  const library = join(root, 'library');
  writeFiles(library, {
    'taxonomy.yaml': TAXONOMY,
    'catalog.yaml': CATALOG,
    'decision.md': '# Decision\n\nForced labour at sea: the court names the victims.\n',
    'guide.md': '# Guide\n\nForced labour at sea is proved by witnesses.\n',
  });
  const { portal, documents } = await openIndexedPortal(root, library);
  const byTitle = (title: string) => documents.find((d) => d.title === title)!;
  const decision = byTitle('Decision naming the victims');
  const guide = byTitle('Guide to forced labour cases');
  const event = byTitle('Hearing on forced labour at sea');
  const marked = await portal.api.setDoNotShare({ id: decision.id, doNotShare: true });
  if (!marked.ok) throw new Error(marked.error.message);
  const list = await portal.api.createReadingList({ name: 'Week one' });
  if (!list.ok) throw new Error(list.error.message);
  for (const document of [decision, guide])
    await portal.api.addReadingListItem({
      listId: list.value.id,
      documentId: document.id,
      page: null,
    });
  await portal.api.updateReadingList({ id: list.value.id, shared: true });
  return { portal, decision, guide, event, sharedListId: list.value.id };
}
