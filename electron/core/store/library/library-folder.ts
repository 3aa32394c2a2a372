// The folder a library's documents are read from, remembered in the library database itself.
// Only the database goes with `--db FILE`, so only it can say, for `portal serve --db FILE`, where
// the documents of `portal index <folder> --db FILE` are. The desktop app and the command line
// without --db name the folder of their data folder (library-location.ts), which is the folder
// their own indexing records here.
import type Database from 'better-sqlite3';

export function readLibraryFolder(db: Database.Database): string | null {
  return (
    db.prepare<[], string>("SELECT value FROM library_info WHERE key = 'folder'").pluck().get() ??
    null
  );
}

export function recordLibraryFolder(db: Database.Database, folder: string): void {
  db.prepare("INSERT OR REPLACE INTO library_info (key, value) VALUES ('folder', ?)").run(folder);
}
