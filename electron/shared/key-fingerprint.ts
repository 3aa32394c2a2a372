// A publisher key's fingerprint as people read it out loud to compare it: the first 20 bytes of
// the SHA-256 of the raw public key, as ten groups of four upper-case hexadecimal characters.

export const KEY_FINGERPRINT_PATTERN = /^[0-9A-F]{4}( [0-9A-F]{4}){9}$/;

/** The fingerprint in its canonical form, from any spacing, colons or case; null if it is not one. */
export function normaliseFingerprint(text: string): string | null {
  const hex = text.replace(/[\s:-]/g, '').toUpperCase();
  if (!/^[0-9A-F]{40}$/.test(hex)) return null;
  return hex.match(/.{4}/g)!.join(' ');
}
