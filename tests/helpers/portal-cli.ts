// Runs the real command line, `node scripts/portal.ts …`, with its own data folder.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

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
