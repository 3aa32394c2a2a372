// The text, headings and title of a Word (.docx) document. mammoth turns the document into HTML,
// which the HTML reader then turns into text, so paragraphs and headings come out the same way as
// for a web page, and the headings give the document an outline.
import mammoth from 'mammoth';
import { checkDocxPackage } from './check-docx-package.ts';
import { htmlToText, type MarkupText } from './extract-markup.ts';
import { IngestError } from './ingest-error.ts';
import { withReadBudget } from './read-budget.ts';
import type { ReadLimits } from './read-limits.ts';
import { DEFAULT_READ_LIMITS } from './read-limits.ts';

/** Pictures carry no searchable text: they are not even read, so large photos cost nothing. */
const withoutPictures = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));

/** Failures of the ZIP package itself, as the unzip library reports them. */
const damagedPackage = /zip|central directory|end of data|signature/i;

function readFailure(error: unknown): IngestError {
  const detail = error instanceof Error ? error.message : String(error);
  if (damagedPackage.test(detail)) {
    return new IngestError(
      `The Word document is damaged or incomplete (perhaps a download or copy that did not finish) and cannot be read. Try getting the file again. (${detail})`,
    );
  }
  return new IngestError(
    `The Word document could not be read; it may be damaged or not a real .docx file (${detail}).`,
  );
}

export async function docxToText(
  bytes: Uint8Array,
  limits: ReadLimits = DEFAULT_READ_LIMITS,
): Promise<MarkupText> {
  await withReadBudget(limits, undefined, (budget) => checkDocxPackage(bytes, budget));
  let html: string;
  try {
    html = (
      await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { convertImage: withoutPictures })
    ).value;
  } catch (error) {
    throw readFailure(error);
  }
  return htmlToText(html);
}
