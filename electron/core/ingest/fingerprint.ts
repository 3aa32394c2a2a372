// Content hashes: a file's bytes give its document id; a catalog description or a taxonomy gives
// the fingerprint that tells whether it changed since it was applied.
import { createHash } from 'node:crypto';

export function sha256(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

export function fingerprint(value: unknown): string {
  return sha256(JSON.stringify(value));
}
