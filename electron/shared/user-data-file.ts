// The file that carries everything this computer's user wrote (bookmarks and their notes, passage
// highlights, reading lists, trusted publisher keys) to another computer or back: JSON, named by
// its format and version, every value as the user database keeps it. Ids travel too, so that a
// file imported into an empty database gives back the same rows; an import into a database that
// already uses an id gives the row a new one.
import { z } from 'zod';
import { DOCUMENT_ID_PATTERN } from './document-id.ts';
import { HIGHLIGHT_COLOURS } from './highlights.ts';
import { KEY_FINGERPRINT_PATTERN } from './key-fingerprint.ts';

export const USER_DATA_FORMAT = 'tip-resource-portal-user-data' as const;
export const USER_DATA_VERSION = 1 as const;
/** Far more than anyone writes by hand; a bigger file is no export of this app. */
export const MAX_USER_DATA_BYTES = 64 * 1024 * 1024;

const id = z.int().min(1);
const documentId = z.string().regex(DOCUMENT_ID_PATTERN, { error: 'must be a document id' });
const page = z.int().min(1);
const moment = z.string().max(40);
const text = z.string().max(100_000);

const bookmark = z.strictObject({
  id,
  documentId,
  page: page.nullable(),
  note: text,
  createdAt: moment,
  updatedAt: moment,
});

const highlight = z.strictObject({
  id,
  documentId,
  page,
  exact: z.string().min(1).max(10_000),
  prefix: text,
  suffix: text,
  start: z.int().min(0),
  colour: z.enum(HIGHLIGHT_COLOURS),
  note: text,
  createdAt: moment,
  updatedAt: moment,
});

const readingListItem = z.strictObject({
  id,
  documentId,
  page: page.nullable(),
  note: text,
  position: z.int(),
});

const readingList = z.strictObject({
  id,
  name: z.string().min(1).max(1000),
  note: text,
  shared: z.boolean(),
  createdAt: moment,
  updatedAt: moment,
  items: z.array(readingListItem).max(100_000),
});

const trustedKey = z.strictObject({
  fingerprint: z.string().regex(KEY_FINGERPRINT_PATTERN, { error: 'must be a key fingerprint' }),
  label: z.string().min(1).max(1000),
  addedAt: moment,
});

/** Just enough to tell this app's file, and which version of it, from any other JSON. */
export const userDataHeader = z.object({
  format: z.literal(USER_DATA_FORMAT),
  version: z.int().min(1),
});

export const userDataFile = z.strictObject({
  format: z.literal(USER_DATA_FORMAT),
  version: z.literal(USER_DATA_VERSION),
  exportedAt: moment,
  bookmarks: z.array(bookmark).max(1_000_000),
  highlights: z.array(highlight).max(1_000_000),
  readingLists: z.array(readingList).max(100_000),
  trustedKeys: z.array(trustedKey).max(10_000),
});

export type UserDataFile = z.output<typeof userDataFile>;
