// Publishers' Ed25519 keys: generating them, their fingerprints, and signing and checking a
// manifest's exact bytes. Node's own crypto; the key file is a standard PKCS#8 PEM.
import type { KeyObject } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
} from 'node:crypto';
import { z } from 'zod';
import { MakingError } from '../api-errors.ts';

const base64Of = (bytes: number) =>
  z
    .string()
    .regex(/^[A-Za-z0-9+/]+=*$/, 'must be base64')
    .refine((text) => Buffer.from(text, 'base64').length === bytes, `must hold ${bytes} bytes`);

export const packSignatureSchema = z.strictObject({
  algorithm: z.literal('ed25519'),
  publicKey: base64Of(32),
  signature: base64Of(64),
});

export type PackSignature = z.infer<typeof packSignatureSchema>;

export class SigningKeyError extends MakingError {
  override name = 'SigningKeyError';
}

// A PEM private key is a few hundred bytes; anything far larger is not a key file.
const MAX_KEY_FILE_BYTES = 64 * 1024;

function rawPublicKey(key: KeyObject): Buffer {
  const { x } = key.export({ format: 'jwk' });
  return Buffer.from(x!, 'base64url');
}

/** SHA-256 of the raw public key, its first 20 bytes as ten groups of four hex characters. */
export function keyFingerprint(rawKey: Buffer): string {
  const hex = createHash('sha256').update(rawKey).digest('hex').slice(0, 40).toUpperCase();
  return hex.match(/.{4}/g)!.join(' ');
}

export function generatePublisherKey(): { privateKeyPem: string; fingerprint: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    privateKeyPem: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
    fingerprint: keyFingerprint(rawPublicKey(publicKey)),
  };
}

/** The private key of a key file, refused with a reason when it is not an Ed25519 private key. */
export function loadSigningKey(pem: string): KeyObject {
  let key: KeyObject;
  try {
    key = createPrivateKey(pem);
  } catch {
    throw new SigningKeyError(
      'The key file does not hold a private key in PEM form.',
      'key-invalid',
    );
  }
  if (key.asymmetricKeyType !== 'ed25519')
    throw new SigningKeyError('The key file holds a key that is not Ed25519.', 'key-invalid');
  return key;
}

/** The signing key in a key file that `portal keys generate` wrote. */
export function readSigningKeyFile(path: string): KeyObject {
  let pem: string;
  try {
    // A file far too large for a key is read as no key at all (refused below as not a key).
    pem = statSync(path).size > MAX_KEY_FILE_BYTES ? '' : readFileSync(path, 'utf8');
  } catch {
    throw new SigningKeyError(`Cannot read the key file ${path}.`, 'key-unreadable');
  }
  return loadSigningKey(pem);
}

export function signingKeyFingerprint(key: KeyObject): string {
  return keyFingerprint(rawPublicKey(createPublicKey(key)));
}

export function signManifest(manifestBytes: Buffer, key: KeyObject): PackSignature {
  return {
    algorithm: 'ed25519',
    publicKey: rawPublicKey(createPublicKey(key)).toString('base64'),
    signature: sign(null, manifestBytes, key).toString('base64'),
  };
}

/** The signer's fingerprint when the signature matches the manifest's bytes, else null. */
export function checkSignature(manifestBytes: Buffer, signature: PackSignature): string | null {
  const raw = Buffer.from(signature.publicKey, 'base64');
  const key = createPublicKey({
    key: { kty: 'OKP', crv: 'Ed25519', x: raw.toString('base64url') },
    format: 'jwk',
  });
  const valid = verify(null, manifestBytes, key, Buffer.from(signature.signature, 'base64'));
  return valid ? keyFingerprint(raw) : null;
}
