// The shape of a library folder's catalog.yaml (documents, news, events) and taxonomy.yaml
// (countries, organisations, themes). Both are optional: a folder without them is still indexed.
import { z } from 'zod';
import { DOCUMENT_TYPES, ORGANISATION_ROLES, THEME_FACETS } from '#shared/types.ts';

const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'use lower-case letters, digits and hyphens (e.g. "blue-dragon")');
const countryCode = z
  .string()
  .regex(/^[A-Z]{2}$/, 'use the two-letter ISO country code in capitals (e.g. "VN")');
const languageCode = z
  .string()
  .regex(/^[a-z]{2,3}$/, 'use a two- or three-letter language code (e.g. "en", "vi", "fil")');
const translations = z.record(languageCode, z.string()).default({});
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use the form YYYY-MM-DD');
// The years the app's own edit form accepts, so that a description it saved always packs.
const year = z.number().int().min(1000).max(9999);

export const contactSchema = z
  .object({
    address: z.string().default(''),
    phone: z.string().default(''),
    email: z.string().default(''),
    website: z.string().default(''),
  })
  .strict();

export const figuresSchema = z
  .object({
    events: z.number().int().nonnegative(),
    participants: z.number().int().nonnegative(),
    participantsFemalePct: z.number().min(0).max(100),
    participantsMalePct: z.number().min(0).max(100),
    participantsOtherPct: z.number().min(0).max(100),
    capacityEvents: z.number().int().nonnegative(),
    peopleTrained: z.number().int().nonnegative(),
    trainedFemalePct: z.number().min(0).max(100),
    trainedMalePct: z.number().min(0).max(100),
    trainedOtherPct: z.number().min(0).max(100),
    note: z.string(),
  })
  .partial()
  .strict();

export const countrySchema = z
  .object({
    code: countryCode,
    name: z.string().min(1),
    names: translations,
    focalPoint: id.nullable().default(null),
    partners: z.array(id).default([]),
    figures: figuresSchema.default({}),
    summary: z.string().default(''),
  })
  .strict();

export const organisationSchema = z
  .object({
    id,
    name: z.string().min(1),
    names: translations,
    country: countryCode.nullable().default(null),
    kind: z.string().min(1),
    description: z.string().default(''),
    contact: contactSchema.default({ address: '', phone: '', email: '', website: '' }),
  })
  .strict();

export const themeSchema = z
  .object({
    id,
    name: z.string().min(1),
    names: translations,
    facet: z.enum(THEME_FACETS).default('theme'),
    description: z.string().default(''),
  })
  .strict();

export const documentTypeNameSchema = z
  .object({ type: z.enum(DOCUMENT_TYPES), name: z.string().min(1), names: translations })
  .strict();

export const taxonomySchema = z
  .object({
    version: z.literal(1),
    countries: z.array(countrySchema).default([]),
    organisations: z.array(organisationSchema).default([]),
    themes: z.array(themeSchema).default([]),
    documentTypes: z.array(documentTypeNameSchema).default([]),
  })
  .strict();

const documentOrganisationSchema = z
  .object({ id, role: z.enum(ORGANISATION_ROLES).default('publisher') })
  .strict();

const describedFields = {
  title: z.string().min(1),
  countries: z.array(countryCode).default([]),
  organisations: z.array(documentOrganisationSchema).default([]),
  themes: z.array(id).default([]),
  language: languageCode.optional(),
  year: year.optional(),
  date: isoDate.optional(),
  summary: z.string().default(''),
  keywords: z.array(z.string()).default([]),
};

/** A file in the library folder, described. `file` is relative to the folder, with '/'. */
export const catalogDocumentSchema = z
  .object({
    file: z.string().min(1),
    type: z.enum(DOCUMENT_TYPES),
    ...describedFields,
  })
  .strict();

/** News and events: dated entries with their own text, linked to documents by file path. */
export const catalogEntrySchema = z
  .object({
    id,
    type: z.enum(['news', 'event']),
    ...describedFields,
    date: isoDate,
    body: z.string().default(''),
    documents: z.array(z.string()).default([]),
  })
  .strict();

export const catalogSchema = z
  .object({
    version: z.literal(1),
    documents: z.array(catalogDocumentSchema).default([]),
    entries: z.array(catalogEntrySchema).default([]),
  })
  .strict();

export type Taxonomy = z.infer<typeof taxonomySchema>;
export type Catalog = z.infer<typeof catalogSchema>;
export type CatalogDocument = z.infer<typeof catalogDocumentSchema>;
export type CatalogEntry = z.infer<typeof catalogEntrySchema>;
