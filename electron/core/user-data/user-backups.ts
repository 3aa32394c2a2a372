// Copies of the user database in a "backups" folder beside it, made with SQLite's backup API (a
// consistent copy even while the app writes) and only from a database that passes SQLite's own
// check, so each is a last good copy. Each copy has a small description beside it, written last:
// a copy without one was interrupted and is never listed. The newest few are kept.
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { z } from 'zod';
import { USER_BACKUP_NAME_PATTERN, USER_BACKUPS_KEPT } from '#shared/user-data.ts';
import type { UserBackup } from '#shared/user-data.ts';
import { isEmpty, userContentHash, userDataCounts } from '../store/user/user-content.ts';

export const USER_BACKUP_FOLDER = 'backups';

export const userBackupFolder = (userDbPath: string): string =>
  join(dirname(userDbPath), USER_BACKUP_FOLDER);

const count = z.int().min(0);
const description = z.strictObject({
  name: z.string().regex(USER_BACKUP_NAME_PATTERN),
  createdAt: z.iso.datetime(),
  bytes: count,
  schemaVersion: count,
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  counts: z.strictObject({
    bookmarks: count,
    highlights: count,
    readingLists: count,
    readingListItems: count,
    trustedKeys: count,
  }),
});
type BackupDescription = z.output<typeof description>;

const descriptionFile = (folder: string, name: string) =>
  join(folder, name.replace(/\.sqlite$/, '.json'));

const toBackup = ({ name, createdAt, bytes, counts }: BackupDescription): UserBackup => ({
  name,
  createdAt,
  bytes,
  counts,
});

function readDescriptions(folder: string): BackupDescription[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => USER_BACKUP_NAME_PATTERN.test(name))
    .flatMap((name) => {
      try {
        const read = description.parse(
          JSON.parse(readFileSync(descriptionFile(folder, name), 'utf8')),
        );
        return read.name === name ? [read] : [];
      } catch {
        return [];
      }
    })
    .sort((a, b) => (a.name < b.name ? 1 : -1));
}

/** The complete copies, newest first. */
export function listUserBackups(folder: string): UserBackup[] {
  return readDescriptions(folder).map(toBackup);
}

/** A listed copy by its name; null for any other name. */
export function findUserBackup(folder: string, name: string): UserBackup | null {
  return listUserBackups(folder).find((backup) => backup.name === name) ?? null;
}

/** Sorts by time: the moment in UTC to the millisecond, and a number when two share one. */
function newBackupName(folder: string, now: Date): string {
  const stamp = now.toISOString().replace(/[-:.]/g, '');
  for (let n = 0; ; n++) {
    const name = `user-${stamp}${n === 0 ? '' : `-${n}`}.sqlite`;
    if (!existsSync(join(folder, name))) return name;
  }
}

/** SQLite's own check of every page; "ok" when the file is sound. */
export function checkIntegrity(db: Database.Database): string {
  const answers = db.pragma('quick_check', { simple: false }) as { quick_check: string }[];
  return answers
    .map((a) => a.quick_check)
    .join('; ')
    .replace(/\s+/g, ' ');
}

export class UnsoundDatabaseError extends Error {
  override name = 'UnsoundDatabaseError';
}

export interface BackupOptions {
  now?: Date;
  keep?: number;
  /** Leave out a database that holds nothing yet (at start: there is nothing to lose). */
  skipEmpty?: boolean;
}

/**
 * Copies the database unless the newest copy already holds the same rows (the content hash
 * compares what was written, whatever SQLite did with the file's pages since). Null when no copy
 * was needed.
 */
export async function backUpUserDb(
  db: Database.Database,
  folder: string,
  options: BackupOptions = {},
): Promise<UserBackup | null> {
  const integrity = checkIntegrity(db);
  if (integrity !== 'ok')
    throw new UnsoundDatabaseError(
      `The user database failed SQLite's check (${integrity}); no copy was made of it.`,
    );
  if (options.skipEmpty && isEmpty(userDataCounts(db))) return null;
  if (readDescriptions(folder)[0]?.contentHash === userContentHash(db)) return null;

  mkdirSync(folder, { recursive: true });
  const now = options.now ?? new Date();
  const name = newBackupName(folder, now);
  const partial = join(folder, `${name}.partial`);
  let made: BackupDescription;
  try {
    await db.backup(partial);
    // Described from the copy itself: the app may have written while it was being made.
    const copy = new Database(partial, { fileMustExist: true });
    try {
      const copied = checkIntegrity(copy);
      if (copied !== 'ok')
        throw new UnsoundDatabaseError(
          `The copy of the user database failed SQLite's check (${copied}).`,
        );
      made = {
        name,
        createdAt: now.toISOString(),
        bytes: statSync(partial).size,
        schemaVersion: copy.pragma('user_version', { simple: true }) as number,
        contentHash: userContentHash(copy),
        counts: userDataCounts(copy),
      };
    } finally {
      copy.close();
    }
    renameSync(partial, join(folder, name));
  } finally {
    rmSync(partial, { force: true });
  }
  writeFileSync(descriptionFile(folder, name), `${JSON.stringify(made, null, 2)}\n`);
  pruneUserBackups(folder, options.keep ?? USER_BACKUPS_KEPT);
  return toBackup(made);
}

/** Removes all but the newest `keep` copies, and what interrupted copies left. */
export function pruneUserBackups(folder: string, keep: number): void {
  const kept = new Set(
    readDescriptions(folder)
      .slice(0, keep)
      .map((d) => d.name),
  );
  for (const file of readdirSync(folder)) {
    const name = file.replace(/\.json$/, '.sqlite');
    if (/^user-.*\.(sqlite|json)$/.test(file) && !kept.has(name))
      rmSync(join(folder, file), { force: true });
  }
}
