import type Database from 'better-sqlite3';

export interface Migration {
  /** 1, 2, 3... in order; recorded in PRAGMA user_version once applied. */
  version: number;
  name: string;
  up(db: Database.Database): void;
}

export class DatabaseTooNewError extends Error {
  override name = 'DatabaseTooNewError';
}

/**
 * Brings a database to the latest version in one transaction, so a failed migration leaves the
 * file as it was. A file written by a newer version of the app is refused rather than damaged.
 */
export function migrate(
  db: Database.Database,
  migrations: readonly Migration[],
  label: string,
): number {
  const latest = migrations.length;
  migrations.forEach((m, i) => {
    if (m.version !== i + 1)
      throw new Error(`${label} migration ${m.name} is numbered ${m.version}, expected ${i + 1}`);
  });
  const current = assertNotNewer(db, migrations, label);
  if (current === latest) return current;
  db.transaction(() => {
    for (const m of migrations.slice(current)) {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    }
  }).immediate();
  return latest;
}

/** Reads the schema version, refusing a file written by a newer app before anything touches it. */
export function assertNotNewer(
  db: Database.Database,
  migrations: readonly Migration[],
  label: string,
): number {
  const latest = migrations.length;
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > latest) {
    throw new DatabaseTooNewError(
      `The ${label} database (${db.name}) was written by a newer version of the Resource Portal ` +
        `(schema version ${current}; this version knows up to ${latest}). Update the app to open it; ` +
        'the file has not been changed.',
    );
  }
  return current;
}
