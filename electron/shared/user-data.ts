// What this computer's user wrote, as the settings page sees it: the copies of the user database
// kept at start (the last good ones, to restore), and the one file that carries everything to
// another computer or back.

/** How many copies of the user database are kept: the oldest goes when one more is made. */
export const USER_BACKUPS_KEPT = 5;

/** A backup's file name: "user-" and the moment it was made (UTC, to the millisecond). */
export const USER_BACKUP_NAME_PATTERN = /^user-\d{8}T\d{9}Z(-\d{1,3})?\.sqlite$/;

/** How many of each thing the user wrote. */
export interface UserDataCounts {
  bookmarks: number;
  highlights: number;
  readingLists: number;
  readingListItems: number;
  trustedKeys: number;
}

export interface UserBackup {
  /** The file's name in the backups folder, which restoreUserBackup takes. */
  name: string;
  /** When it was made (ISO 8601). */
  createdAt: string;
  bytes: number;
  counts: UserDataCounts;
}

export interface UserRestoreReport {
  restored: UserBackup;
  /** The copy of what was there before the restore, to undo it; null when a copy already held it. */
  safetyCopy: UserBackup | null;
}

export interface UserDataExportReport {
  file: string;
  counts: UserDataCounts;
}

export interface UserDataImportReport {
  /** What the file added. */
  added: UserDataCounts;
  /** What the file held that was already here, which stays as it was. */
  alreadyHere: UserDataCounts;
}
