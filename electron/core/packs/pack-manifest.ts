// A pack's manifest: who made it and when, and each document's key, description, size and SHA-256
// (and those of what OCR read on its pages, when it was read), with the taxonomy entries the
// documents use. The signature covers its exact bytes, so it covers every file of the pack.
import { z } from 'zod';
import { catalogDocumentSchema, taxonomySchema } from '../ingest/catalog-schema.ts';
import { isSupportedFile } from '../ingest/file-format.ts';
import { unsafePathReason } from './pack-path.ts';

export const PACK_FORMAT = 'tip-resource-portal-pack';
/** The format this version writes and reads; 2 added the documents' OCR readings. */
export const PACK_FORMAT_VERSION = 2;
/** The format of a pack that carries no OCR reading, which the versions before OCR read too. */
export const PACK_FORMAT_VERSION_WITHOUT_OCR = 1;
export const MANIFEST_ENTRY = 'manifest.json';
export const SIGNATURE_ENTRY = 'signature.json';
export const DOCUMENTS_FOLDER = 'documents/';
export const OCR_FOLDER = 'ocr/';

/** A document's key: its path in the publisher's library, which is also its path in the pack. */
const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 in lower-case hexadecimal');

const documentKey = z
  .string()
  .max(400)
  .superRefine((key, context) => {
    const reason = unsafePathReason(key);
    if (reason) context.addIssue({ code: 'custom', message: `the path ${reason}` });
    else if (!isSupportedFile(key))
      context.addIssue({ code: 'custom', message: 'is not a kind of document the portal reads' });
  });

export const packDocumentSchema = z.strictObject({
  key: documentKey,
  size: z.int().min(0),
  sha256,
  metadata: catalogDocumentSchema.omit({ file: true }),
  /** The file of the words OCR read on the document's scanned pages (pack-ocr.ts), if any. */
  ocr: z.strictObject({ size: z.int().min(0), sha256 }).optional(),
});

export const packIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{2,79}$/, 'must be lower-case letters, digits and hyphens');

export const packManifestSchema = z
  .strictObject({
    format: z.literal(PACK_FORMAT),
    formatVersion: z.union([
      z.literal(PACK_FORMAT_VERSION_WITHOUT_OCR),
      z.literal(PACK_FORMAT_VERSION),
    ]),
    packId: packIdSchema,
    publisher: z.string().trim().min(1).max(200),
    createdAt: z.iso.datetime(),
    documents: z.array(packDocumentSchema).superRefine((documents, context) => {
      // Case-insensitive file systems (Windows, macOS) would write two such keys to one file.
      const seen = new Set<string>();
      for (const { key } of documents) {
        const folded = key.toLowerCase();
        if (seen.has(folded))
          context.addIssue({ code: 'custom', message: `${key} is listed twice` });
        seen.add(folded);
      }
    }),
    taxonomy: taxonomySchema,
  })
  .superRefine((manifest, context) => {
    if (manifest.formatVersion === PACK_FORMAT_VERSION_WITHOUT_OCR)
      for (const document of manifest.documents)
        if (document.ocr)
          context.addIssue({
            code: 'custom',
            message: `${document.key} carries OCR readings, which format ${PACK_FORMAT_VERSION_WITHOUT_OCR} has not`,
          });
  });

export type PackManifest = z.infer<typeof packManifestSchema>;
export type PackDocument = z.infer<typeof packDocumentSchema>;
export type PackDocumentMetadata = PackDocument['metadata'];

export const documentEntryName = (key: string) => `${DOCUMENTS_FOLDER}${key}`;
export const ocrEntryName = (key: string) => `${OCR_FOLDER}${key}.json`;
