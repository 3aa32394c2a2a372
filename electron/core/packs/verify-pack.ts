// Checks a pack from end to end without writing anything: its zip and manifest (read-pack.ts),
// its signature, and every document's size and SHA-256, and its OCR file's. Says who signed it.
import type { IngestProgress } from '#shared/types.ts';
import type { PackSigner, PackVerification } from '#shared/pack-types.ts';
import type { PackLimits } from './pack-limits.ts';
import type { OpenPack } from './read-pack.ts';
import { openPack, PackRefusedError } from './read-pack.ts';
import { checkSignature } from './publisher-keys.ts';

export interface PackCheckOptions {
  /** The label of a trusted key, or null for a key the user has not said to trust. */
  trustedLabel: (fingerprint: string) => string | null;
  limits?: Partial<PackLimits>;
  onProgress?: (progress: IngestProgress) => void;
}

function signerOf(pack: OpenPack, trustedLabel: PackCheckOptions['trustedLabel']): PackSigner {
  if (!pack.signature) return { state: 'unsigned' };
  const fingerprint = checkSignature(pack.manifestBytes, pack.signature);
  if (fingerprint === null)
    throw new PackRefusedError(
      'its signature does not match its manifest: it was changed after it was signed, or the signature is forged.',
    );
  const label = trustedLabel(fingerprint);
  return label === null
    ? { state: 'unknown-key', fingerprint }
    : { state: 'trusted', fingerprint, label };
}

/** Opens and checks a pack; the caller closes it. */
export async function checkPack(
  file: string,
  options: PackCheckOptions,
): Promise<{ pack: OpenPack; verification: PackVerification }> {
  const pack = await openPack(file, options.limits);
  try {
    const signer = signerOf(pack, options.trustedLabel);
    const { manifest } = pack;
    const total = manifest.documents.length;
    for (const [done, document] of manifest.documents.entries()) {
      options.onProgress?.({ done, total, current: `Checking ${document.key}` });
      await pack.readDocument(document);
      await pack.readOcr(document);
    }
    const verification: PackVerification = {
      packId: manifest.packId,
      publisher: manifest.publisher,
      createdAt: manifest.createdAt,
      formatVersion: manifest.formatVersion,
      documents: manifest.documents.map((d) => ({
        key: d.key,
        title: d.metadata.title,
        sizeBytes: d.size,
      })),
      totalBytes: manifest.documents.reduce((sum, d) => sum + d.size, 0),
      signer,
    };
    return { pack, verification };
  } catch (error) {
    pack.close();
    throw error;
  }
}

export async function verifyPack(
  file: string,
  options: PackCheckOptions,
): Promise<PackVerification> {
  const { pack, verification } = await checkPack(file, options);
  pack.close();
  return verification;
}
