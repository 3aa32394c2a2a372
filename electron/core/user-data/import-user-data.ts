// A file of what a user wrote, read and checked whole before anything is written: a file that is
// not an export of this app, or one from a newer version, or a damaged one, is refused with a
// message that says which.
import { readFileSync, statSync } from 'node:fs';
import { InvalidArgumentError } from '../api-errors.ts';
import {
  MAX_USER_DATA_BYTES,
  USER_DATA_FORMAT,
  USER_DATA_VERSION,
  userDataFile,
  userDataHeader,
} from '#shared/user-data-file.ts';
import type { UserDataFile } from '#shared/user-data-file.ts';

const NOT_OURS =
  'is not a file of notes and lists exported by the TIP Resource Portal, so nothing was imported.';

/** The file's content, or a message that says what is wrong with it. */
export function parseUserData(text: string, name: string): UserDataFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new InvalidArgumentError(`${name} ${NOT_OURS}`);
  }
  const header = userDataHeader.safeParse(json);
  if (!header.success) throw new InvalidArgumentError(`${name} ${NOT_OURS}`);
  if (header.data.version > USER_DATA_VERSION)
    throw new InvalidArgumentError(
      `${name} was exported by a newer version of the TIP Resource Portal (${USER_DATA_FORMAT} ` +
        `version ${header.data.version}; this version reads up to ${USER_DATA_VERSION}). ` +
        'Update the app to import it; nothing was imported.',
    );
  const parsed = userDataFile.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new InvalidArgumentError(
      `${name} is damaged: ${issue.path.join('.') || 'the file'} ${issue.message.toLowerCase()}. ` +
        'Nothing was imported.',
    );
  }
  return parsed.data;
}

export function readUserDataFile(file: string): UserDataFile {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    throw new InvalidArgumentError(`There is no file at ${file}.`);
  }
  if (size > MAX_USER_DATA_BYTES) throw new InvalidArgumentError(`${file} ${NOT_OURS}`);
  return parseUserData(readFileSync(file, 'utf8'), file);
}
