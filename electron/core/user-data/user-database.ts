// The user database as the engine holds it: one connection, which a restore closes and opens
// again on the restored file, so the store over it always answers from the file in place. Copies
// and restores run one at a time.
import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type {
  UserBackup,
  UserDataExportReport,
  UserDataImportReport,
  UserRestoreReport,
} from '#shared/user-data.ts';
import { InvalidArgumentError, NotFoundError } from '../api-errors.ts';
import { assertNotNewer } from '../db/migrate.ts';
import { openUserDb } from '../db/open-database.ts';
import { userMigrations } from '../db/user-migrations/index.ts';
import { userStore } from '../store/user-store.ts';
import type { UserStore } from '../store/user-store.ts';
import { exportUserData } from './export-user-data.ts';
import { readUserDataFile } from './import-user-data.ts';
import { importUserData } from '../store/user/user-data-rows.ts';
import {
  backUpUserDb,
  checkIntegrity,
  findUserBackup,
  listUserBackups,
  UnsoundDatabaseError,
  userBackupFolder,
} from './user-backups.ts';
import type { BackupOptions } from './user-backups.ts';

export interface UserDatabase {
  /** The store over the connection open now. */
  store: UserStore;
  /** A copy in the backups folder, unless the newest already holds the same rows (null). */
  backUp(options?: BackupOptions): Promise<UserBackup | null>;
  listBackups(): UserBackup[];
  /** Puts a copy in place of the database, copying what is there first. */
  restore(name: string): Promise<UserRestoreReport>;
  exportTo(file: string): UserDataExportReport;
  importFrom(file: string): UserDataImportReport;
  close(): void;
}

/** Another connection (a classroom being served, a task in a worker) keeps the WAL files. */
const openElsewhere = (file: string) => existsSync(`${file}-wal`) || existsSync(`${file}-shm`);

/** Checks a file before it takes the database's place: sound, and not from a newer app. */
function checkRestorable(file: string): void {
  const db = new Database(file, { fileMustExist: true });
  try {
    assertNotNewer(db, userMigrations, 'user');
    const integrity = checkIntegrity(db);
    if (integrity !== 'ok')
      throw new UnsoundDatabaseError(`The copy failed SQLite's check (${integrity}).`);
  } finally {
    db.close();
  }
}

export function openUserDatabase(file: string): UserDatabase {
  const inMemory = file === ':memory:';
  const folder = userBackupFolder(file);
  let db = openUserDb(file);
  let current = userStore(db);
  // Every call goes to the store of the connection open at the time of the call.
  const store = Object.fromEntries(
    Object.keys(current).map((method) => [
      method,
      (...args: unknown[]) =>
        (current[method as keyof UserStore] as (...a: unknown[]) => unknown)(...args),
    ]),
  ) as unknown as UserStore;

  let queue: Promise<unknown> = Promise.resolve();
  const oneAtATime = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run;
  };

  const backUp = (options: BackupOptions = {}) =>
    oneAtATime(async () => (inMemory ? null : backUpUserDb(db, folder, options)));

  const restore = (name: string) =>
    oneAtATime(async (): Promise<UserRestoreReport> => {
      const restored = inMemory ? null : findUserBackup(folder, name);
      if (!restored) throw new NotFoundError(`No backup named ${name}.`);
      // Copied first, so that the copy of what is here now cannot push the chosen one out.
      const staged = `${file}.restoring`;
      copyFileSync(join(folder, name), staged);
      try {
        checkRestorable(staged);
        const safetyCopy = await backUpUserDb(db, folder);
        db.close();
        try {
          if (openElsewhere(file))
            throw new InvalidArgumentError(
              'The user database is open elsewhere (the library shared with the room, or a task ' +
                'under way). Stop it, then restore; nothing was changed.',
            );
          renameSync(staged, file);
        } finally {
          db = openUserDb(file);
          current = userStore(db);
        }
        return { restored, safetyCopy };
      } finally {
        rmSync(staged, { force: true });
      }
    });

  return {
    store,
    backUp,
    listBackups: () => (inMemory ? [] : listUserBackups(folder)),
    restore,
    exportTo: (target) => exportUserData(db, target),
    importFrom: (source) => importUserData(db, readUserDataFile(source)),
    close: () => db.close(),
  };
}
