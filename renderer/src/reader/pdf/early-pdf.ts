// A PDF's bytes fetched at start-up, when the address opens a document: the request goes out
// beside the document's details instead of after them. Handed over once, to the reader that
// opens the same address; anything that is not a PDF is left unread.

const early = new Map<string, Promise<Uint8Array | null>>();

async function fetchPdfBytes(url: string): Promise<Uint8Array | null> {
  try {
    const response = await fetch(url, { credentials: 'same-origin' });
    if (!response.ok || response.headers.get('Content-Type') !== 'application/pdf') {
      await response.body?.cancel();
      return null;
    }
    return new Uint8Array(await response.arrayBuffer());
  } catch {
    // The reader asks again by URL and reports what goes wrong then.
    return null;
  }
}

export function fetchPdfEarly(url: string): void {
  if (!early.has(url)) early.set(url, fetchPdfBytes(url));
}

/** The bytes fetched at start-up for this address (null when they could not be), once. */
export function takeEarlyPdf(url: string): Promise<Uint8Array | null> | null {
  const bytes = early.get(url);
  if (bytes === undefined) return null;
  early.delete(url);
  return bytes;
}
