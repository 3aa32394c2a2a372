// A PDF that needs a password to open is kept, by its description, and said to be protected; one
// encrypted only against editing is read as usual.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '#core/ingest/extract-document.ts';
import { extractPdf } from '#core/ingest/pdf/extract-pdf.ts';
import {
  PASSWORD_PROTECTED_MESSAGE,
  PasswordProtectedPdfError,
} from '#core/ingest/pdf/password-protected.ts';

const fixture = (name: string) =>
  new Uint8Array(
    readFileSync(join(resolve(import.meta.dirname, '..', '..', '..', 'fixtures', 'pdf'), name)),
  );

describe('a PDF that needs a password to open', () => {
  it('cannot be read by extractPdf, which says so', async () => {
    await expect(extractPdf(fixture('encrypted.pdf'))).rejects.toBeInstanceOf(
      PasswordProtectedPdfError,
    );
  });

  it('is extracted as a document without pages, marked password protected', async () => {
    const extracted = await extractDocument('protocol.pdf', fixture('encrypted.pdf'));
    expect(extracted).toMatchObject({
      format: 'pdf',
      pages: [],
      outline: [],
      passwordProtected: true,
      metadata: { title: null, keywords: [] },
    });
    expect(extracted.warnings).toEqual([PASSWORD_PROTECTED_MESSAGE]);
  });

  it('is told apart from a PDF that only restricts editing, which is read', async () => {
    const extracted = await extractDocument(
      'restricted.pdf',
      fixture('encrypted-no-open-password.pdf'),
    );
    expect(extracted.passwordProtected).toBeUndefined();
    expect(extracted.pages.length).toBeGreaterThan(0);
  });
});
