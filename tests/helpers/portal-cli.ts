// Runs the real command line, `node scripts/portal.ts …`, with its own data folder.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { openPortal } from '#core/portal.ts';

const CLI = resolve(import.meta.dirname, '..', '..', 'scripts', 'portal.ts');

export function portal(args: string[], home: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    env: { ...process.env, PORTAL_HOME: home },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** An empty library folder under `home`, indexed into a database there; the database's path. */
export function emptyLibrary(home: string, name: string): string {
  const folder = join(home, name);
  mkdirSync(folder);
  const db = join(home, `${name}.sqlite`);
  const indexed = portal(['index', folder, '--db', db], home);
  if (indexed.code !== 0) throw new Error(indexed.stderr);
  return db;
}

/** Makes a reading list in the user database beside `db`, through the engine; its id. */
export async function makeReadingList(
  db: string,
  name: string,
  items: { documentId: string; note?: string }[],
): Promise<number> {
  const library = openPortal({ libraryDbPath: db, userDbPath: join(dirname(db), 'user.sqlite') });
  try {
    const created = await library.api.createReadingList({ name, note: `About ${name}` });
    if (!created.ok) throw new Error(created.error.message);
    for (const { documentId, note } of items) {
      const added = await library.api.addReadingListItem({
        listId: created.value.id,
        documentId,
        page: null,
        note: note ?? '',
      });
      if (!added.ok) throw new Error(added.error.message);
    }
    return created.value.id;
  } finally {
    library.close();
  }
}
