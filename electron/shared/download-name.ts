// A document saved from the library is named after its title, in a form every system the
// classroom uses accepts: Windows refuses <>:"/\|?* and control characters, names ending in a dot
// or a space, and device names such as CON or LPT1 (with any extension); every system limits a
// name to 255 bytes. Non-Latin titles (Thai, Khmer, Lao...) keep their script through RFC 6266's
// filename*, with an ASCII name beside it for clients that know only filename.

const MAX_NAME_BYTES = 255;
const FALLBACK_STEM = 'document';
/** Forbidden characters, with the spaces between and around them, become one " - ". */
const FORBIDDEN_RUN = /[\s<>:"/\\|?*]*[<>:"/\\|?*][\s<>:"/\\|?*]*/gu;
const CONTROL = /[\p{Cc}\u2028\u2029]+/gu;
/** Bidirectional overrides can make "report\u202Efdp.exe" look like a PDF: they are dropped. */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/gu;
const RESERVED_STEM = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
/** Dots, spaces and the separators left by a replaced character at either end. */
const LOOSE_ENDS = /^[\s.-]+|[\s.-]+$/gu;

const utf8Length = (text: string) => new TextEncoder().encode(text).length;

/** Shortens text to at most maxBytes of UTF-8, by whole characters as a reader sees them. */
function truncateToBytes(text: string, maxBytes: number): string {
  let kept = '';
  let bytes = 0;
  for (const { segment } of new Intl.Segmenter('und', { granularity: 'grapheme' }).segment(text)) {
    bytes += utf8Length(segment);
    if (bytes > maxBytes) break;
    kept += segment;
  }
  return kept;
}

/** The title as a file name without extension, safe on Windows, macOS and Linux. */
function safeStem(title: string, maxBytes: number): string {
  const cleaned = title
    .normalize('NFC')
    .replace(CONTROL, ' ')
    .replace(BIDI_CONTROL, '')
    .replace(FORBIDDEN_RUN, ' - ')
    .replace(/\s+/gu, ' ')
    .replace(LOOSE_ENDS, '');
  const stem = truncateToBytes(cleaned, maxBytes).replace(LOOSE_ENDS, '') || FALLBACK_STEM;
  // Windows treats "CON.pdf" or "nul .tar.gz" as the device: what precedes the first dot counts.
  return RESERVED_STEM.test(stem.split('.')[0]!.trim()) ? `_${stem}` : stem;
}

/** The extension as given ("pdf" or ".pdf"), kept only when it is plain letters and digits. */
function safeExtension(extension: string): string {
  const bare = extension.replace(/^\./, '').toLowerCase();
  return /^[a-z0-9]{1,10}$/.test(bare) ? `.${bare}` : '';
}

/**
 * The file name for a document with this title, within 255 bytes of UTF-8; with a number above 1,
 * "Title (2).pdf", for the second of several documents saved together under the same title.
 */
export function downloadFileName(title: string, extension: string, number = 1): string {
  const counted = number > 1 ? ` (${number})` : '';
  const suffix = `${counted}${safeExtension(extension)}`;
  return `${safeStem(title, MAX_NAME_BYTES - utf8Length(suffix))}${suffix}`;
}

/** The same name in ASCII only: Latin letters lose their accents, other scripts drop out. */
export function asciiFileName(title: string, extension: string): string {
  const latin = title
    .replace(BIDI_CONTROL, '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'))
    .replace(/[^\x20-\x7e]/g, ' ');
  return downloadFileName(latin, extension);
}

/** RFC 5987's attr-char leaves out some characters encodeURIComponent keeps. */
const encodeAttributeValue = (text: string) =>
  encodeURIComponent(text).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );

/** The Content-Disposition header that saves a document under its title. */
export function attachmentDisposition(title: string, extension: string): string {
  const ascii = asciiFileName(title, extension);
  const unicode = downloadFileName(title, extension);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeAttributeValue(unicode)}`;
}
