import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DatabaseTooNewError, migrate } from '#core/db/migrate.ts';
import type { Migration } from '#core/db/migrate.ts';
import { openLibraryDb, openUserDb } from '#core/db/open-database.ts';
import { libraryMigrations } from '#core/db/library-migrations/index.ts';
import { tempFolder } from '../../helpers/temp-folder.ts';

const version = (db: Database.Database) => db.pragma('user_version', { simple: true });

describe('migrate', () => {
  it('brings a new library database to the latest version, in WAL mode', () => {
    const file = join(tempFolder(), 'library.sqlite');
    const db = openLibraryDb(file);
    expect(version(db)).toBe(libraryMigrations.length);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
    const again = openLibraryDb(file);
    expect(version(again)).toBe(libraryMigrations.length);
    again.close();
  });

  it('refuses a database from a newer version with a clear message and leaves the file alone', () => {
    const file = join(tempFolder(), 'user.sqlite');
    const db = new Database(file);
    db.pragma('user_version = 99');
    db.exec('CREATE TABLE precious (x TEXT)');
    db.close();
    const before = readFileSync(file);
    expect(() => openUserDb(file)).toThrow(DatabaseTooNewError);
    expect(() => openUserDb(file)).toThrow(
      /newer version of the Resource Portal.*has not been changed/s,
    );
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('rolls back every step of a failed migration run', () => {
    const db = new Database(':memory:');
    const migrations: Migration[] = [
      { version: 1, name: 'one', up: (d) => d.exec('CREATE TABLE a (x)') },
      {
        version: 2,
        name: 'two',
        up: () => {
          throw new Error('boom');
        },
      },
    ];
    expect(() => migrate(db, migrations, 'test')).toThrow('boom');
    expect(version(db)).toBe(0);
    expect(db.prepare("SELECT count(*) n FROM sqlite_master WHERE name = 'a'").get()).toEqual({
      n: 0,
    });
  });

  it('applies only the migrations a database has not had yet', () => {
    const db = new Database(':memory:');
    const applied: string[] = [];
    const step = (v: number): Migration => ({
      version: v,
      name: `m${v}`,
      up: () => applied.push(`m${v}`),
    });
    migrate(db, [step(1)], 'test');
    migrate(db, [step(1), step(2)], 'test');
    expect(applied).toEqual(['m1', 'm2']);
    expect(version(db)).toBe(2);
  });
});
