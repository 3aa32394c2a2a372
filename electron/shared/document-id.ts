// A document's id: a SHA-256 digest in lower-case hexadecimal, so anything else can be refused
// before it is looked up.

export const DOCUMENT_ID_PATTERN = /^[0-9a-f]{64}$/;

export function isDocumentId(value: string): boolean {
  return DOCUMENT_ID_PATTERN.test(value);
}
