// The schemas of the API's arguments. The method table (api-methods.ts) names one per argument;
// every front door validates with it before anything reaches the engine, and the argument types
// the interface and the engine use are inferred from it (api.ts). The table names them rather
// than holding them so that the interface's first script can use the table without the
// validation library.
import { z } from 'zod';
import { APP_MENU_STRINGS } from './app-menu-strings.ts';
import type { AppMenuLanguage } from './app-menu-strings.ts';
import { DOCUMENT_ID_PATTERN } from './document-id.ts';
import { MAX_SHARING_MINUTES } from './classroom-sharing.ts';
import { normaliseFingerprint } from './key-fingerprint.ts';
import { MAX_PAGE_WINDOW } from './page-window.ts';
import { COPY_STRINGS, type CopyLanguage } from './static-copy/copy-strings.ts';
import {
  CONTEXT_LENGTH,
  HIGHLIGHT_COLOURS,
  MAX_HIGHLIGHT_NOTE_LENGTH,
  MAX_QUOTE_LENGTH,
} from './highlights.ts';
import type { SearchRequest } from './types.ts';
import { USER_BACKUP_NAME_PATTERN } from './user-data.ts';
import { DOCUMENT_TYPES, ORGANISATION_ROLES, SORT_ORDERS, UNDATED } from './types.ts';

const MAX_LIST = 500;

const documentId = z.string().regex(DOCUMENT_ID_PATTERN, {
  error: 'must be a document id (64 lower-case hexadecimal characters)',
});
const countryCode = z
  .string()
  .regex(/^[A-Z]{2}$/, { error: 'must be a two-letter country code in upper case, like LA' });
const identifier = z
  .string()
  .min(1, { error: 'must not be empty' })
  .max(200, { error: 'must be at most 200 characters' });
const languageCode = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, {
  error: 'must be a language code, like en, vi or fil',
});
const year = z.int({ error: 'must be a whole number' }).min(1000).max(9999);
// A description's ids and language as the taxonomy and the catalog write them, so that every
// description the library keeps can go into a pack as it is (pack-manifest.ts checks the same).
const taxonomyId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,199}$/, {
  error:
    'must be an id of the taxonomy: lower-case letters, digits and hyphens, like digital-evidence',
});
const documentLanguage = z.string().regex(/^[a-z]{2,3}$/, {
  error: 'must be a two- or three-letter language code, like en, vi or fil',
});
const documentType = z.enum(DOCUMENT_TYPES, {
  error: `must be one of ${DOCUMENT_TYPES.join(', ')}`,
});
const pageNumber = z
  .int({ error: 'must be a whole number' })
  .min(1, { error: 'must be 1 or more' });
// A document's pages: all of them (its id alone), or a window of them, which a long document's
// reader asks for as the reader moves through it.
const pagesRequest = z.union(
  [
    documentId,
    z.strictObject({
      id: documentId,
      from: pageNumber,
      count: z
        .int({ error: 'must be a whole number' })
        .min(1, { error: 'must be 1 or more' })
        .max(MAX_PAGE_WINDOW, { error: `must be at most ${MAX_PAGE_WINDOW}` }),
    }),
  ],
  {
    error: `must be a document id, or { id, from, count } with a first page of 1 or more and 1 to ${MAX_PAGE_WINDOW} pages`,
  },
);
const textUpTo = (max: number) =>
  z.string().max(max, { error: `must be at most ${max} characters` });
const listOf = <T extends z.ZodType>(item: T) =>
  z.array(item).max(MAX_LIST, { error: `must have at most ${MAX_LIST} items` });
// Absolute on POSIX (/...), Windows drive (C:\...) or UNC share (\\server\...); no NUL bytes.
const absolutePath = z
  .string()
  .regex(/^(\/|[A-Za-z]:[\\/]|\\\\)[^\0]*$/, { error: 'must be an absolute file path' });

const searchFilters = z.strictObject({
  countries: listOf(countryCode).optional(),
  organisations: listOf(identifier).optional(),
  themes: listOf(identifier).optional(),
  types: listOf(documentType).optional(),
  languages: listOf(languageCode).optional(),
  years: listOf(z.union([year, z.literal(UNDATED)])).optional(),
});

const searchRequest = z.strictObject({
  query: textUpTo(1000),
  typing: z.boolean().optional(),
  filters: searchFilters.optional(),
  sort: z.enum(SORT_ORDERS, { error: `must be one of ${SORT_ORDERS.join(', ')}` }).optional(),
  offset: z.int({ error: 'must be a whole number' }).min(0).max(100_000).optional(),
  limit: z.int({ error: 'must be a whole number' }).min(1).max(MAX_LIST).optional(),
}) satisfies z.ZodType<SearchRequest>;

const documentListRequest = z.strictObject({
  country: countryCode.optional(),
  organisation: identifier.optional(),
  theme: identifier.optional(),
  type: documentType.optional(),
  recent: z.boolean().optional(),
  limit: z.int({ error: 'must be a whole number' }).min(1).max(5000).optional(),
});

const bookmarkInput = z.strictObject({
  documentId,
  page: pageNumber.nullable(),
  note: textUpTo(10_000),
});

// A page of a document: its scanned page's recognised words, or its stored image.
const pageRequest = z.strictObject({ id: documentId, page: pageNumber });

const documentMetadataInput = z.strictObject({
  id: documentId,
  title: z.string().trim().min(1, { error: 'must not be empty' }).max(500),
  type: documentType,
  countries: listOf(countryCode),
  organisations: listOf(
    z.strictObject({
      id: taxonomyId,
      role: z.enum(ORGANISATION_ROLES, {
        error: `must be one of ${ORGANISATION_ROLES.join(', ')}`,
      }),
    }),
  ),
  themes: listOf(taxonomyId),
  language: documentLanguage,
  year: year.nullable(),
  summary: textUpTo(20_000),
});

const addFilesRequest = z.strictObject({
  paths: z
    .array(absolutePath)
    .min(1, { error: 'must name at least one file or folder' })
    .max(10_000, { error: 'must have at most 10000 items' }),
});

// Documents by default, or one of: `folder`, a folder of documents; `pack`, one library pack to
// import; `signingKey`, a publisher's key file; `copyFolder`, a new or empty folder for a static
// copy; `savePack`, where to write a new pack (the save dialog, suggesting the name given);
// `userData`, a file of the user's notes and lists to import; `saveUserData`, where to export them;
// `ocrData`, a language's recognition data (.traineddata) to add.
const chooseFilesRequest = z
  .strictObject({
    folder: z.boolean().optional(),
    pack: z.boolean().optional(),
    signingKey: z.boolean().optional(),
    copyFolder: z.boolean().optional(),
    savePack: z.strictObject({ name: textUpTo(200) }).optional(),
    userData: z.boolean().optional(),
    saveUserData: z.boolean().optional(),
    ocrData: z.boolean().optional(),
  })
  .refine(
    (r) =>
      [
        r.folder,
        r.pack,
        r.signingKey,
        r.copyFolder,
        r.savePack !== undefined,
        r.userData,
        r.saveUserData,
        r.ocrData,
      ].filter(Boolean).length <= 1,
    {
      error:
        'asks for one kind of file at a time: folder, pack, signingKey, copyFolder, savePack, userData, saveUserData or ocrData',
    },
  );

const bookmarkId = z
  .int({ error: 'must be a whole number' })
  .min(1, { error: 'must be 1 or more' });

// Reading lists.
const readingListId = z
  .int({ error: 'must be a whole number' })
  .min(1, { error: 'must be 1 or more' });
const readingListName = z
  .string()
  .trim()
  .min(1, { error: 'must not be empty' })
  .max(200, { error: 'must be at most 200 characters' });
const readingListInput = z.strictObject({
  name: readingListName,
  note: textUpTo(10_000).optional(),
});
const readingListChange = z
  .strictObject({
    id: readingListId,
    name: readingListName.optional(),
    note: textUpTo(10_000).optional(),
    shared: z.boolean({ error: 'must be true or false' }).optional(),
  })
  .refine((c) => c.name !== undefined || c.note !== undefined || c.shared !== undefined, {
    error: 'must give at least one of name, note and shared',
  });
const readingListItemInput = z.strictObject({
  listId: readingListId,
  documentId,
  page: pageNumber.nullable(),
  note: textUpTo(10_000).optional(),
});
const readingListItemRef = z.strictObject({ listId: readingListId, itemId: readingListId });
const readingListItemNote = readingListItemRef.extend({ note: textUpTo(10_000) });
const readingListOrder = z.strictObject({ listId: readingListId, itemIds: listOf(readingListId) });
// Library packs, trusted publisher keys and the "do not share" mark.
const keyFingerprint = z.string().transform((text, context) => {
  const fingerprint = normaliseFingerprint(text);
  if (fingerprint === null) {
    context.addIssue({
      code: 'custom',
      message: 'must be a key fingerprint: 40 hexadecimal characters, as in "1A2B 3C4D …"',
    });
    return z.NEVER;
  }
  return fingerprint;
});

const packFile = z.strictObject({ file: absolutePath });

const packImportRequest = z.strictObject({
  file: absolutePath,
  requireSignature: z.boolean().optional(),
  trust: z.array(keyFingerprint).max(100).optional(),
});

const trustedKeyInput = z.strictObject({
  fingerprint: keyFingerprint,
  label: z.string().trim().min(1, { error: 'must not be empty' }).max(200),
});

const doNotShareInput = z.strictObject({ id: documentId, doNotShare: z.boolean() });

const sharingRequest = z.strictObject({
  minutes: z
    .int({ error: 'must be a whole number of minutes' })
    .min(1, { error: 'must be at least 1 minute' })
    .max(MAX_SHARING_MINUTES, { error: `must be at most ${MAX_SHARING_MINUTES} minutes` }),
});

// Packs and static copies: made from a reading list, or from what a search finds (the whole
// library for an empty query without filters), and written to this computer's disk.
const outgoingSource = z.union(
  [
    z.strictObject({ listId: readingListId }),
    z.strictObject({ query: textUpTo(1000), filters: searchFilters.optional() }),
  ],
  { error: 'must be a reading list ({ listId }) or a search ({ query, filters })' },
);
const personName = z
  .string()
  .trim()
  .min(1, { error: 'must not be empty' })
  .max(200, { error: 'must be at most 200 characters' });

const createPackRequest = z.strictObject({
  source: outgoingSource,
  file: absolutePath,
  publisher: personName,
  /** A key file made by `portal keys generate`; without one the pack is unsigned. */
  signingKeyFile: absolutePath.nullable(),
  /** Replace a file already there (the system's save dialog asked the user first). */
  replace: z.boolean().optional(),
});

// The language a static copy's pages speak: one the copy has words for (every interface language).
const copyLanguage = z.enum(Object.keys(COPY_STRINGS) as [CopyLanguage, ...CopyLanguage[]], {
  error: `must be one of ${Object.keys(COPY_STRINGS).join(', ')}`,
});

const staticCopyRequest = z.strictObject({
  source: outgoingSource,
  folder: absolutePath,
  madeBy: personName,
  /** English when not given. */
  language: copyLanguage.optional(),
});
// Passage highlights. The quote is kept in NFC, so that one typed or pasted differently matches.
const highlightId = z
  .int({ error: 'must be a whole number' })
  .min(1, { error: 'must be 1 or more' });
const highlightColour = z.enum(HIGHLIGHT_COLOURS, {
  error: `must be one of ${HIGHLIGHT_COLOURS.join(', ')}`,
});
const highlightNote = textUpTo(MAX_HIGHLIGHT_NOTE_LENGTH);
const quoteContext = z
  .string()
  .max(CONTEXT_LENGTH, { error: `must be at most ${CONTEXT_LENGTH} characters` })
  .transform((text) => text.normalize('NFC'));
const highlightInput = z.strictObject({
  documentId,
  page: pageNumber,
  exact: z
    .string()
    .transform((text) => text.normalize('NFC'))
    .pipe(
      z
        .string()
        .refine((text) => text.trim() !== '', { error: 'must quote some text' })
        .refine((text) => text.length <= MAX_QUOTE_LENGTH, {
          error: `must be at most ${MAX_QUOTE_LENGTH} characters`,
        }),
    ),
  prefix: quoteContext,
  suffix: quoteContext,
  start: z.int({ error: 'must be a whole number' }).min(0, { error: 'must be 0 or more' }),
  colour: highlightColour,
  note: highlightNote,
});
const highlightChange = z
  .strictObject({
    id: highlightId,
    colour: highlightColour.optional(),
    note: highlightNote.optional(),
  })
  .refine((c) => c.colour !== undefined || c.note !== undefined, {
    error: 'must give a colour, a note or both',
  });

// What the user wrote: a backup of the user database by its name in the backups folder, and the
// file everything is exported to or imported from.
const userBackupName = z.string().regex(USER_BACKUP_NAME_PATTERN, {
  error: 'must be the name of a backup, like user-20261207T110932123Z.sqlite',
});
const userDataFile = z.strictObject({ file: absolutePath });

// The desktop menu's language: one the menu has words for (every interface language).
const menuLanguage = z.enum(
  Object.keys(APP_MENU_STRINGS) as [AppMenuLanguage, ...AppMenuLanguage[]],
  {
    error: `must be one of ${Object.keys(APP_MENU_STRINGS).join(', ')}`,
  },
);

// Scanned pages' languages: a recognition data file to add, and the code of one added.
const ocrDataFile = z.strictObject({ file: absolutePath });
const ocrDataCode = z.string().regex(/^[a-z]{3}(?:_[a-z]+)?$/, {
  error: 'must be a recognition language code such as khm',
});

export const ARGUMENT_SCHEMAS = {
  searchRequest,
  documentListRequest,
  documentId,
  pagesRequest,
  documentIdOrAll: documentId.nullable(),
  pageRequest,
  ocrEnabled: z.boolean({ error: 'must be true (read scanned pages) or false' }),
  bookmarkInput,
  bookmarkId,
  documentMetadataInput,
  chooseFilesRequest,
  addFilesRequest,
  // Reading lists.
  readingListId,
  readingListInput,
  readingListChange,
  readingListItemInput,
  readingListItemRef,
  readingListItemNote,
  readingListOrder,
  keyFingerprint,
  packFile,
  packImportRequest,
  trustedKeyInput,
  doNotShareInput,
  sharingRequest,
  outgoingSource,
  createPackRequest,
  staticCopyRequest,
  highlightInput,
  highlightChange,
  highlightId,
  menuLanguage,
  userBackupName,
  userDataFile,
  ocrDataFile,
  ocrDataCode,
};

export type ArgumentSchemas = typeof ARGUMENT_SCHEMAS;
