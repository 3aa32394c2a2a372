// The real engine over a library folder indexed into SQLite files beside it, and its documents.
import { join } from 'node:path';
import { openPortal } from '#core/portal.ts';
import type { Portal } from '#core/portal.ts';
import type { DocumentSummary } from '#shared/types.ts';

export async function openIndexedPortal(
  root: string,
  library: string,
): Promise<{ portal: Portal; documents: DocumentSummary[] }> {
  const portal = openPortal({
    libraryDbPath: join(root, 'library.sqlite'),
    userDbPath: join(root, 'user.sqlite'),
    libraryFolder: library,
  });
  await portal.index(library, { workers: 0 });
  const listed = await portal.api.listDocuments({});
  if (!listed.ok) throw new Error(listed.error.message);
  return { portal, documents: listed.value };
}
