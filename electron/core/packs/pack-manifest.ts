// A pack's manifest: who made it and when, and each document's key, description, size and SHA-256,
// with the taxonomy entries the documents use. The signature covers its exact bytes, so it covers
// every file of the pack.
import { z } from 'zod';
import { catalogDocumentSchema, taxonomySchema } from '../ingest/catalog-schema.ts';
import { isSupportedFile } from '../ingest/file-format.ts';
import { unsafePathReason } from './pack-path.ts';

export const PACK_FORMAT = 'tip-resource-portal-pack';
export const PACK_FORMAT_VERSION = 1;
export const MANIFEST_ENTRY = 'manifest.json';
export const SIGNATURE_ENTRY = 'signature.json';
export const DOCUMENTS_FOLDER = 'documents/';

/** A document's key: its path in the publisher's library, which is also its path in the pack. */
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
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 in lower-case hexadecimal'),
  metadata: catalogDocumentSchema.omit({ file: true }),
});

export const packIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{2,79}$/, 'must be lower-case letters, digits and hyphens');

export const packManifestSchema = z.strictObject({
  format: z.literal(PACK_FORMAT),
  formatVersion: z.literal(PACK_FORMAT_VERSION),
  packId: packIdSchema,
  publisher: z.string().trim().min(1).max(200),
  createdAt: z.iso.datetime(),
  documents: z.array(packDocumentSchema).superRefine((documents, context) => {
    // Case-insensitive file systems (Windows, macOS) would write two such keys to one file.
    const seen = new Set<string>();
    for (const { key } of documents) {
      const folded = key.toLowerCase();
      if (seen.has(folded)) context.addIssue({ code: 'custom', message: `${key} is listed twice` });
      seen.add(folded);
    }
  }),
  taxonomy: taxonomySchema,
});

export type PackManifest = z.infer<typeof packManifestSchema>;
export type PackDocument = z.infer<typeof packDocumentSchema>;
export type PackDocumentMetadata = PackDocument['metadata'];

export const documentEntryName = (key: string) => `${DOCUMENTS_FOLDER}${key}`;
