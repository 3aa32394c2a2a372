// Argument schemas for every method of the API contract. The IPC handlers and the HTTP server
// validate with these before anything reaches the engine; the mapped types below make a missing
// method, or a schema that disagrees with the contract, fail the build.
import { z } from 'zod';
import type { PortalApi, PortalMethod } from './api.ts';
import { DOCUMENT_TYPES, ORGANISATION_ROLES, SORT_ORDERS } from './types.ts';

const MAX_LIST = 500;

const documentId = z.string().regex(/^[0-9a-f]{64}$/, {
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
const documentType = z.enum(DOCUMENT_TYPES, {
  error: `must be one of ${DOCUMENT_TYPES.join(', ')}`,
});
const pageNumber = z
  .int({ error: 'must be a whole number' })
  .min(1, { error: 'must be 1 or more' });
const textUpTo = (max: number) =>
  z.string().max(max, { error: `must be at most ${max} characters` });
const listOf = <T extends z.ZodType>(item: T) =>
  z.array(item).max(MAX_LIST, { error: `must have at most ${MAX_LIST} items` });
// Absolute on POSIX (/...), Windows drive (C:\...) or UNC share (\\server\...); no NUL bytes.
const absolutePath = z
  .string()
  .regex(/^(\/|[A-Za-z]:[\\/]|\\\\)[^\0]*$/, { error: 'must be an absolute file path' });

const searchRequest = z.strictObject({
  query: textUpTo(1000),
  filters: z
    .strictObject({
      countries: listOf(countryCode).optional(),
      organisations: listOf(identifier).optional(),
      themes: listOf(identifier).optional(),
      types: listOf(documentType).optional(),
      languages: listOf(languageCode).optional(),
      years: listOf(year).optional(),
    })
    .optional(),
  sort: z.enum(SORT_ORDERS, { error: `must be one of ${SORT_ORDERS.join(', ')}` }).optional(),
  offset: z.int({ error: 'must be a whole number' }).min(0).max(100_000).optional(),
  limit: z.int({ error: 'must be a whole number' }).min(1).max(MAX_LIST).optional(),
});

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

const documentMetadataInput = z.strictObject({
  id: documentId,
  title: z.string().trim().min(1, { error: 'must not be empty' }).max(500),
  type: documentType,
  countries: listOf(countryCode),
  organisations: listOf(
    z.strictObject({
      id: identifier,
      role: z.enum(ORGANISATION_ROLES, {
        error: `must be one of ${ORGANISATION_ROLES.join(', ')}`,
      }),
    }),
  ),
  themes: listOf(identifier),
  language: languageCode,
  year: year.nullable(),
  summary: textUpTo(20_000),
});

const addFilesRequest = z.strictObject({
  paths: z
    .array(absolutePath)
    .min(1, { error: 'must name at least one file or folder' })
    .max(10_000, { error: 'must have at most 10000 items' }),
});

const chooseFilesRequest = z.strictObject({ folder: z.boolean() });

type ArgumentSchemas = { [M in PortalMethod]: z.ZodType<Parameters<PortalApi[M]>> };

export const apiArgumentSchemas = {
  search: z.tuple([searchRequest]),
  stats: z.tuple([]),
  taxonomy: z.tuple([]),
  listDocuments: z.tuple([documentListRequest]),
  getDocument: z.tuple([documentId]),
  getPages: z.tuple([documentId]),
  listBookmarks: z.tuple([documentId.nullable()]),
  saveBookmark: z.tuple([bookmarkInput]),
  deleteBookmark: z.tuple([
    z.int({ error: 'must be a whole number' }).min(1, { error: 'must be 1 or more' }),
  ]),
  updateMetadata: z.tuple([documentMetadataInput]),
  chooseFiles: z.tuple([chooseFilesRequest]),
  addFiles: z.tuple([addFilesRequest]),
  ingestProgress: z.tuple([]),
  cancelIngest: z.tuple([]),
} satisfies ArgumentSchemas;

type NamesOf<T extends unknown[]> = { [K in keyof T]: string };

/** The names of each method's arguments, so error messages can name the field at fault. */
export const apiArgumentNames: { [M in PortalMethod]: NamesOf<Parameters<PortalApi[M]>> } = {
  search: ['request'],
  stats: [],
  taxonomy: [],
  listDocuments: ['request'],
  getDocument: ['id'],
  getPages: ['id'],
  listBookmarks: ['documentId'],
  saveBookmark: ['input'],
  deleteBookmark: ['id'],
  updateMetadata: ['input'],
  chooseFiles: ['request'],
  addFiles: ['request'],
  ingestProgress: [],
  cancelIngest: [],
};

export const PORTAL_METHODS = Object.keys(apiArgumentSchemas) as PortalMethod[];

export function isPortalMethod(name: string): name is PortalMethod {
  return Object.hasOwn(apiArgumentSchemas, name);
}

export type ParsedArguments<M extends PortalMethod> =
  { ok: true; args: Parameters<PortalApi[M]> } | { ok: false; message: string };

/** Validates a call's arguments; on failure, one message naming every field at fault. */
export function parseApiArguments<M extends PortalMethod>(
  method: M,
  args: unknown,
): ParsedArguments<M> {
  const names: readonly string[] = apiArgumentNames[method];
  if (!Array.isArray(args)) {
    return {
      ok: false,
      message: `${method}: the arguments must be a list, like [${names.join(', ')}]`,
    };
  }
  if (args.length !== names.length) {
    const expected = names.length === 0 ? 'no arguments' : `${names.length} (${names.join(', ')})`;
    return { ok: false, message: `${method} takes ${expected}; received ${args.length}` };
  }
  const schemas: ArgumentSchemas = apiArgumentSchemas;
  const schema: z.ZodType<Parameters<PortalApi[M]>> = schemas[method];
  const parsed = schema.safeParse(args);
  if (parsed.success) return { ok: true, args: parsed.data };
  const problems = parsed.error.issues.map(
    (issue) => `${fieldName(names, issue.path)} ${issueText(issue)}`,
  );
  return { ok: false, message: `${method}: ${problems.join('; ')}` };
}

function fieldName(argumentNames: readonly string[], path: readonly PropertyKey[]): string {
  const [position, ...rest] = path;
  let name =
    typeof position === 'number'
      ? (argumentNames[position] ?? `argument ${position + 1}`)
      : 'arguments';
  for (const key of rest) name += typeof key === 'number' ? `[${key}]` : `.${String(key)}`;
  return name;
}

function issueText(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return `has unknown field(s): ${issue.keys.join(', ')}`;
  if (issue.code === 'invalid_type' && issue.message.endsWith('received undefined'))
    return 'is required';
  return issue.message.charAt(0).toLowerCase() + issue.message.slice(1);
}
