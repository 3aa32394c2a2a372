// A PDF that needs a password to open. Its text cannot be read without the password, which the
// library never asks for or keeps, so the file is indexed by its description alone and listed as
// password protected; the reader asks for the password when the document is opened.
import type { ExtractedDocument } from '../extract-document.ts';
import { IngestError } from '../ingest-error.ts';

export const PASSWORD_PROTECTED_MESSAGE =
  'Password protected: the PDF needs a password to open, so its text is not indexed and only its description is searchable. The reader asks for the password when the document is opened.';

export class PasswordProtectedPdfError extends IngestError {
  override name = 'PasswordProtectedPdfError';

  constructor() {
    super(
      'The PDF is protected by a password, so its text cannot be read. Ask for a copy without a password, or open it in a PDF reader and save an unprotected copy.',
    );
  }
}

/** What indexing keeps of a PDF that needs a password: no pages, no metadata of its own. */
export function passwordProtectedDocument(language: string, warnings: string[]): ExtractedDocument {
  return {
    format: 'pdf',
    pages: [],
    outline: [],
    metadata: { title: null, language: null, year: null, keywords: [], summary: null },
    language,
    warnings: [...warnings, PASSWORD_PROTECTED_MESSAGE],
    passwordProtected: true,
  };
}
