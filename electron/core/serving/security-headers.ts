// Response headers shared by the desktop app's protocol handler and the HTTP server, so both
// front doors hold the interface to the same policy.

/** The interface loads only its own code; pdf.js needs blob: workers and data:/blob: images. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Document bytes are data, never a page of the app: if one is opened directly (an HTML
 * document, say) it runs sandboxed, in an opaque origin, with nothing allowed.
 */
export const DOCUMENT_CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox";

export const APP_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

export const DOCUMENT_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  ...APP_SECURITY_HEADERS,
  'Content-Security-Policy': DOCUMENT_CONTENT_SECURITY_POLICY,
};
